// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
export * from "./GetInstanceLog.request.js";
export * from "./GetInstanceLog.response.js";
export * from "./GetTaskInstance.request.js";
export * from "./GetTaskInstance.response.js";
export * from "./ListInstances.request.js";
export * from "./ListInstances.response.js";
export { responseValidators } from "../response-validators.js";
