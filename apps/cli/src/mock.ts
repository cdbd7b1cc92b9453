import { buildInstanceDetail, createWedataHandlers, defaultInstances } from "@wedata-openapi/msw";
import { createWedataHandlers as createOpsHandlers } from "@wedata-openapi/msw/v20250806";
import type { RequestHandler } from "msw";
import { setupServer } from "msw/node";
import { MOCK_CREDENTIALS } from "./context.js";

/**
 * Starts @wedata-openapi/msw in this process: no network and no real credentials. API 2021-08-20 serves the
 * default dataset (the documented instance, the other runs of its task, a failed and a running one; any other
 * well-formed key gets a deterministic built instance); 2025-08-06 the simulated operations center. Loaded
 * only for --mock.
 */
export function startMock(apiVersion: string): { close(): void } {
  // Each version's mock answers only its own version's actions (others get NoSuchVersion or InvalidAction).
  const handlers: RequestHandler[] =
    apiVersion === "2025-08-06"
      ? createOpsHandlers({ credentials: MOCK_CREDENTIALS })
      : createWedataHandlers({
          credentials: MOCK_CREDENTIALS,
          instances: defaultInstances(),
          unknownInstance: ({ InstanceKey, ProjectId }) => buildInstanceDetail({ InstanceKey, ProjectId }),
        });
  const server = setupServer(...handlers);
  server.listen({ onUnhandledRequest: "error" });
  return { close: () => server.close() };
}
