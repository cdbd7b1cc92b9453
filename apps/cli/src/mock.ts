import { buildInstanceDetail, createWedataHandlers, fixtures } from "@wedata-openapi/msw";
import { setupServer } from "msw/node";

/** The key the in-process mock accepts; --mock signs with it so the whole signing path runs for real. */
export const MOCK_CREDENTIALS = {
  secretId: "AKIDwedataMockKey0000000000000000",
  secretKey: "wedata-mock-secret-key",
};

/**
 * Starts @wedata-openapi/msw in this process: no network and no real credentials. The documented example
 * answers its own InstanceKey; any other well-formed key gets a deterministic built instance.
 */
export function startMock(): { close(): void } {
  const documented = fixtures.getTaskInstance;
  const server = setupServer(
    ...createWedataHandlers({
      credentials: MOCK_CREDENTIALS,
      instances: ({ InstanceKey, ProjectId }) =>
        InstanceKey === documented.InstanceKey ? documented : buildInstanceDetail({ InstanceKey, ProjectId }),
    }),
  );
  server.listen({ onUnhandledRequest: "error" });
  return { close: () => server.close() };
}
