// Mocks of API 2025-08-06: a simulated operations center. Nothing of 2021-08-20's types.
export {
  createActionHandlers,
  endpointMatcher,
  errorBody,
  MockServiceError,
  type MockServiceOptions,
  type WedataErrorOptions,
  wedataError,
} from "./engine.js";
export {
  buildTaskInstance,
  defaultOpsInstances,
  type OpsInstance,
  taskInstanceItem,
} from "./v20250806/dataset.js";
export { createWedataHandlers, type WedataHandlersOptions } from "./v20250806/handlers.js";
export { createOpsCenter, type OpsTimings, serviceTime } from "./v20250806/operations.js";
