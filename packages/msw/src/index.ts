export { buildInstanceDetail } from "./build.js";
export { fixtures } from "./fixtures.js";
export {
  createWedataHandlers,
  endpointMatcher,
  errorBody,
  handlers,
  type InstanceLookup,
  type WedataErrorOptions,
  type WedataHandlersOptions,
  wedataError,
} from "./handlers.js";
