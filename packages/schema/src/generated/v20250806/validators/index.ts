// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
export * from "./GetOpsAsyncJob.request.js";
export * from "./GetOpsAsyncJob.response.js";
export * from "./GetTaskInstance.request.js";
export * from "./GetTaskInstance.response.js";
export * from "./GetTaskInstanceLog.request.js";
export * from "./GetTaskInstanceLog.response.js";
export * from "./KillTaskInstancesAsync.request.js";
export * from "./KillTaskInstancesAsync.response.js";
export * from "./ListDownstreamTaskInstances.request.js";
export * from "./ListDownstreamTaskInstances.response.js";
export * from "./ListTaskInstanceExecutions.request.js";
export * from "./ListTaskInstanceExecutions.response.js";
export * from "./ListTaskInstances.request.js";
export * from "./ListTaskInstances.response.js";
export * from "./ListUpstreamTaskInstances.request.js";
export * from "./ListUpstreamTaskInstances.response.js";
export * from "./RerunTaskInstancesAsync.request.js";
export * from "./RerunTaskInstancesAsync.response.js";
export * from "./SetSuccessTaskInstancesAsync.request.js";
export * from "./SetSuccessTaskInstancesAsync.response.js";
export { responseValidators } from "../response-validators.js";
