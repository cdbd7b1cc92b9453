// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
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
export type ScheduleTimeZone = components["schemas"]["ScheduleTimeZone"];
export type TimeFilter = components["schemas"]["TimeFilter"];
export type ListInstancesRequest = components["schemas"]["ListInstancesRequest"];
export type ListInstancesResponseBody = components["schemas"]["ListInstancesResponseBody"];
export type ListInstancesResponse = components["schemas"]["ListInstancesResponse"];
export type InstancePageVO = components["schemas"]["InstancePageVO"];
export type InstanceVO = components["schemas"]["InstanceVO"];
export type GetInstanceLogRequest = components["schemas"]["GetInstanceLogRequest"];
export type GetInstanceLogResponseBody = components["schemas"]["GetInstanceLogResponseBody"];
export type GetInstanceLogResponse = components["schemas"]["GetInstanceLogResponse"];
export type GetTaskInstanceRequest = components["schemas"]["GetTaskInstanceRequest"];
export type GetTaskInstanceResponseBody = components["schemas"]["GetTaskInstanceResponseBody"];
export type GetTaskInstanceResponse = components["schemas"]["GetTaskInstanceResponse"];
export type TencentCloudErrorResponse = components["schemas"]["TencentCloudErrorResponse"];
export type RequestId = components["schemas"]["RequestId"];
export type WedataTime = components["schemas"]["WedataTime"];
export type InstanceState = components["schemas"]["InstanceState"];
export type RunType = components["schemas"]["RunType"];
export type InstanceDetailVO = components["schemas"]["InstanceDetailVO"];
export type TaskTypeOpsDto = components["schemas"]["TaskTypeOpsDto"];
export type InstanceLifeCycleVO = components["schemas"]["InstanceLifeCycleVO"];
export type InstanceLifeDetailDto = components["schemas"]["InstanceLifeDetailDto"];
export type InstanceLogVO = components["schemas"]["InstanceLogVO"];
export type GetInstanceLogHeaders = operations["GetInstanceLog"]["parameters"]["header"];
export type GetTaskInstanceHeaders = operations["GetTaskInstance"]["parameters"]["header"];
export type ListInstancesHeaders = operations["ListInstances"]["parameters"]["header"];
