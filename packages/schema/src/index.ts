import type { components, operations } from "./generated/wedata.js";

export type { components, operations, paths, webhooks } from "./generated/wedata.js";

type Schemas = components["schemas"];

/** The body of a GetTaskInstance request. */
export type GetTaskInstanceRequest = Schemas["GetTaskInstanceRequest"];
/** The content of `Response` on success: `{ Data, RequestId }`. */
export type GetTaskInstanceResponse = Schemas["GetTaskInstanceResponse"];
/** The content of `Response` on failure: `{ Error: { Code, Message }, RequestId }`. */
export type TencentCloudErrorResponse = Schemas["TencentCloudErrorResponse"];
/** The whole HTTP 200 body: `{ Response: success | error }`. */
export type GetTaskInstanceResponseBody = Schemas["GetTaskInstanceResponseBody"];
/** The details of one scheduled task instance. */
export type InstanceDetailVO = Schemas["InstanceDetailVO"];
/** A task type. */
export type TaskTypeOpsDto = Schemas["TaskTypeOpsDto"];
/** One lifecycle round (execution) of an instance. */
export type InstanceLifeCycleVO = Schemas["InstanceLifeCycleVO"];
/** One phase of a lifecycle round. */
export type InstanceLifeDetailDto = Schemas["InstanceLifeDetailDto"];
/** The log of an execution. */
export type InstanceLogVO = Schemas["InstanceLogVO"];
/** The header parameters of GetTaskInstance, with `X-TC-Action` and `X-TC-Version` as literal types. */
export type GetTaskInstanceHeaders = operations["GetTaskInstance"]["parameters"]["header"];

/** The action, version and service this package describes, as literal values for runtime use. */
export const WEDATA_SERVICE = "wedata";
export const WEDATA_VERSION = "2021-08-20" satisfies GetTaskInstanceHeaders["X-TC-Version"];
export const GET_TASK_INSTANCE_ACTION = "GetTaskInstance" satisfies GetTaskInstanceHeaders["X-TC-Action"];
export const WEDATA_DEFAULT_ENDPOINT = "https://wedata.tencentcloudapi.com";
