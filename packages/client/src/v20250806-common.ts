// Shared by both entries of API 2025-08-06 (/v20250806): types, errors, helpers. Nothing of 2021-08-20.
export type {
  ActionData,
  ActionName,
  ActionRequest,
  ActionResponse,
  GetOpsAsyncJobRequest,
  GetTaskInstanceLogRequest,
  GetTaskInstanceRequest,
  InstanceExecution,
  InstanceExecutionPhase,
  InstanceLog,
  KillTaskInstancesAsyncRequest,
  ListTaskInstancesRequest,
  OpsAsyncJobDetail,
  OpsAsyncResponse,
  RerunTaskInstancesAsyncRequest,
  SetSuccessTaskInstancesAsyncRequest,
  TaskInstance,
  TaskInstanceDetail,
  TaskInstanceExecutions,
  TaskInstancePage,
} from "@wedata-openapi/schema-core/v20250806/client";
export { type PagedItems, paging } from "@wedata-openapi/schema-core/v20250806/paging";
export type { CallOptions, Language, VersionClient, WedataClientOptions } from "./core.js";
export * from "./errors.js";
export type { PaginateOptions, Paginator } from "./helpers/paginate.js";
export type { TimelinePhase, TimelineRound } from "./helpers/timeline.js";
export { type WaitOptions, WaitTimeoutError } from "./helpers/wait.js";
export { methodName } from "./naming.js";
export type { WedataClient } from "./v20250806/client.js";
export {
  executionTimeline,
  OpsAsyncJobFailedError,
  paginate,
  type ReadTaskInstanceLogOptions,
  readTaskInstanceLog,
  waitForOpsAsyncJob,
  waitForTaskInstance,
} from "./v20250806/helpers.js";
export {
  type TaskInstanceStateGroup,
  type TaskInstanceStateInfo,
  TERMINAL_JOB_STATUSES,
  taskInstanceState,
} from "./v20250806/states.js";
