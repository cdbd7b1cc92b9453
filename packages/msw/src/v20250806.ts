// Mocks of API 2025-08-06: a simulated operations center. Nothing of 2021-08-20's types.
import { actions } from "@wedata-openapi/schema/v20250806";
import { type WedataErrorFactory, wedataErrorOf } from "./engine.js";

export {
  createActionHandlers,
  endpointMatcher,
  errorBody,
  MockServiceError,
  type MockServiceOptions,
  type RecordedCall,
  type WedataErrorFactory,
  type WedataErrorOptions,
} from "./engine.js";
export type { Answer, DeepPartial, MockCall, MockState, VersionMocks } from "./mocks.js";
export { type ResourceModel, type ResourceStore, seedResources } from "./resources/families.js";
export {
  buildTaskInstance,
  defaultOpsInstances,
  type OpsInstance,
  taskInstanceItem,
} from "./v20250806/dataset.js";
export {
  createWedataHandlers,
  resourceModel,
  type WedataHandlersOptions,
  type WedataState,
} from "./v20250806/handlers.js";
export { createWedataMocks, type WedataMocks } from "./v20250806/mocks.js";
export { createOpsCenter, type OpsTimings, serviceTime } from "./v20250806/operations.js";

/**
 * A per-test override: `server.use(wedataError("InternalError", "boom", { once: true }))`. An `action` this
 * version does not have is a TypeError naming the closest ones (a typo would otherwise never match).
 */
export const wedataError: WedataErrorFactory = /* @__PURE__ */ wedataErrorOf(actions);
