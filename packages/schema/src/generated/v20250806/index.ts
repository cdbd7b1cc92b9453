// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionDataOf, ActionResponseOf, RequestOf, ResponseBodyOf } from "../../action-types.js";
import type { components, operations } from "./types.js";

export type { components, operations, paths, webhooks } from "./types.js";
export { actions, version } from "./actions.js";
// Examples, request members and response validators have entries of their own: loading this one stays cheap.
export type { Examples } from "./examples.js";

/** Every action of this version. */
export type ActionName = keyof operations;
/** The request body of an action. */
export type ActionRequest<A extends ActionName> = RequestOf<operations, A>;
/** The whole HTTP 200 body of an action: `{ Response: success | error }`. */
export type ActionResponseBody<A extends ActionName> = ResponseBodyOf<operations, A>;
/** The content of `Response` on success (`{ Data, RequestId, ... }`). */
export type ActionResponse<A extends ActionName> = ActionResponseOf<operations, A>;
/** The `Data` of a successful response. */
export type ActionData<A extends ActionName> = ActionDataOf<operations, A>;

export type ProjectId = components["schemas"]["ProjectId"];
export type InstanceKey = components["schemas"]["InstanceKey"];
export type TimeFilter = components["schemas"]["TimeFilter"];
export type TencentCloudErrorResponse = components["schemas"]["TencentCloudErrorResponse"];
export type RequestId = components["schemas"]["RequestId"];
export type TimeZone = components["schemas"]["TimeZone"];
export type WedataTime = components["schemas"]["WedataTime"];
export type ListTaskInstancesRequest = components["schemas"]["ListTaskInstancesRequest"];
export type ListTaskInstancesResponseBody = components["schemas"]["ListTaskInstancesResponseBody"];
export type ListTaskInstancesResponse = components["schemas"]["ListTaskInstancesResponse"];
export type GetTaskInstanceRequest = components["schemas"]["GetTaskInstanceRequest"];
export type GetTaskInstanceResponseBody = components["schemas"]["GetTaskInstanceResponseBody"];
export type GetTaskInstanceResponse = components["schemas"]["GetTaskInstanceResponse"];
export type GetTaskInstanceLogRequest = components["schemas"]["GetTaskInstanceLogRequest"];
export type GetTaskInstanceLogResponseBody = components["schemas"]["GetTaskInstanceLogResponseBody"];
export type GetTaskInstanceLogResponse = components["schemas"]["GetTaskInstanceLogResponse"];
export type ListTaskInstanceExecutionsRequest = components["schemas"]["ListTaskInstanceExecutionsRequest"];
export type ListTaskInstanceExecutionsResponseBody = components["schemas"]["ListTaskInstanceExecutionsResponseBody"];
export type ListTaskInstanceExecutionsResponse = components["schemas"]["ListTaskInstanceExecutionsResponse"];
export type ListUpstreamTaskInstancesRequest = components["schemas"]["ListUpstreamTaskInstancesRequest"];
export type ListUpstreamTaskInstancesResponseBody = components["schemas"]["ListUpstreamTaskInstancesResponseBody"];
export type ListUpstreamTaskInstancesResponse = components["schemas"]["ListUpstreamTaskInstancesResponse"];
export type ListDownstreamTaskInstancesRequest = components["schemas"]["ListDownstreamTaskInstancesRequest"];
export type ListDownstreamTaskInstancesResponseBody = components["schemas"]["ListDownstreamTaskInstancesResponseBody"];
export type ListDownstreamTaskInstancesResponse = components["schemas"]["ListDownstreamTaskInstancesResponse"];
export type RerunTaskInstancesAsyncRequest = components["schemas"]["RerunTaskInstancesAsyncRequest"];
export type RerunTaskInstancesAsyncResponseBody = components["schemas"]["RerunTaskInstancesAsyncResponseBody"];
export type RerunTaskInstancesAsyncResponse = components["schemas"]["RerunTaskInstancesAsyncResponse"];
export type KillTaskInstancesAsyncRequest = components["schemas"]["KillTaskInstancesAsyncRequest"];
export type KillTaskInstancesAsyncResponseBody = components["schemas"]["KillTaskInstancesAsyncResponseBody"];
export type KillTaskInstancesAsyncResponse = components["schemas"]["KillTaskInstancesAsyncResponse"];
export type SetSuccessTaskInstancesAsyncRequest = components["schemas"]["SetSuccessTaskInstancesAsyncRequest"];
export type SetSuccessTaskInstancesAsyncResponseBody = components["schemas"]["SetSuccessTaskInstancesAsyncResponseBody"];
export type SetSuccessTaskInstancesAsyncResponse = components["schemas"]["SetSuccessTaskInstancesAsyncResponse"];
export type GetOpsAsyncJobRequest = components["schemas"]["GetOpsAsyncJobRequest"];
export type GetOpsAsyncJobResponseBody = components["schemas"]["GetOpsAsyncJobResponseBody"];
export type GetOpsAsyncJobResponse = components["schemas"]["GetOpsAsyncJobResponse"];
export type TaskInstancePage = components["schemas"]["TaskInstancePage"];
export type TaskInstance = components["schemas"]["TaskInstance"];
export type TaskInstanceDetail = components["schemas"]["TaskInstanceDetail"];
export type InstanceLog = components["schemas"]["InstanceLog"];
export type TaskInstanceExecutions = components["schemas"]["TaskInstanceExecutions"];
export type InstanceExecution = components["schemas"]["InstanceExecution"];
export type InstanceExecutionPhase = components["schemas"]["InstanceExecutionPhase"];
export type KVMap = components["schemas"]["KVMap"];
export type OpsAsyncResponse = components["schemas"]["OpsAsyncResponse"];
export type OpsAsyncJobDetail = components["schemas"]["OpsAsyncJobDetail"];
export type GetOpsAsyncJobHeaders = operations["GetOpsAsyncJob"]["parameters"]["header"];
export type GetTaskInstanceHeaders = operations["GetTaskInstance"]["parameters"]["header"];
export type GetTaskInstanceLogHeaders = operations["GetTaskInstanceLog"]["parameters"]["header"];
export type KillTaskInstancesAsyncHeaders = operations["KillTaskInstancesAsync"]["parameters"]["header"];
export type ListDownstreamTaskInstancesHeaders = operations["ListDownstreamTaskInstances"]["parameters"]["header"];
export type ListTaskInstanceExecutionsHeaders = operations["ListTaskInstanceExecutions"]["parameters"]["header"];
export type ListTaskInstancesHeaders = operations["ListTaskInstances"]["parameters"]["header"];
export type ListUpstreamTaskInstancesHeaders = operations["ListUpstreamTaskInstances"]["parameters"]["header"];
export type RerunTaskInstancesAsyncHeaders = operations["RerunTaskInstancesAsync"]["parameters"]["header"];
export type SetSuccessTaskInstancesAsyncHeaders = operations["SetSuccessTaskInstancesAsync"]["parameters"]["header"];
