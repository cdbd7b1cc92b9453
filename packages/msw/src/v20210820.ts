export {
  createActionHandlers,
  type EngineOptions,
  endpointMatcher,
  errorBody,
  MockServiceError,
  type MockServiceOptions,
  type Simulation,
  type SimulationContext,
  type WedataErrorOptions,
  wedataError,
} from "./engine.js";
export { fixtures } from "./fixtures.js";
export { buildInstanceDetail } from "./v20210820/build.js";
export {
  buildInstance,
  defaultInstances,
  listItemOf,
  type MockInstance,
  mockInstance,
} from "./v20210820/dataset.js";
export {
  createWedataHandlers,
  handlers,
  type InstanceLookup,
  type WedataHandlersOptions,
} from "./v20210820/handlers.js";
