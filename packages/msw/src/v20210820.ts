import { actions } from "@wedata-openapi/schema/v20210820";
import { type WedataErrorFactory, wedataErrorOf } from "./engine.js";

export {
  createActionHandlers,
  type EngineOptions,
  endpointMatcher,
  errorBody,
  MockServiceError,
  type MockServiceOptions,
  type RecordedCall,
  type Simulation,
  type SimulationContext,
  type WedataErrorFactory,
  type WedataErrorOptions,
} from "./engine.js";
export { fixtures } from "./fixtures.js";
export type { Answer, DeepPartial, MockCall, MockState, VersionMocks } from "./mocks.js";
export { type ResourceModel, type ResourceStore, seedResources } from "./resources/families.js";
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
  resourceModel,
  type WedataHandlersOptions,
} from "./v20210820/handlers.js";
export { createWedataMocks, type WedataMocks, type WedataState } from "./v20210820/mocks.js";

/**
 * A per-test override: `server.use(wedataError("InternalError", "boom", { once: true }))`. An `action` this
 * version does not have is a TypeError naming the closest ones (a typo would otherwise never match).
 */
export const wedataError: WedataErrorFactory = /* @__PURE__ */ wedataErrorOf(actions);
