import { buildInstanceDetail, createWedataHandlers, defaultInstances } from "@wedata-openapi/msw";
import { setupServer } from "msw/node";
import { MOCK_CREDENTIALS } from "./context.js";

/**
 * Starts @wedata-openapi/msw in this process: no network and no real credentials. It serves the default
 * dataset (the documented instance, the other runs of its task, a failed and a running one); any other
 * well-formed key gets a deterministic built instance. Loaded only for --mock.
 */
export function startMock(): { close(): void } {
  const server = setupServer(
    ...createWedataHandlers({
      credentials: MOCK_CREDENTIALS,
      instances: defaultInstances(),
      unknownInstance: ({ InstanceKey, ProjectId }) => buildInstanceDetail({ InstanceKey, ProjectId }),
    }),
  );
  server.listen({ onUnhandledRequest: "error" });
  return { close: () => server.close() };
}
