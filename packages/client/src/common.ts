// Shared by both entries of API 2021-08-20 (the root and /v20210820): types, errors (owned by tc3-fetch,
// re-exported so users import from one place), helpers.
export type {
  ActionData,
  ActionName,
  ActionRequest,
  ActionResponse,
  GetInstanceLogRequest,
  GetTaskInstanceRequest,
  GetTaskInstanceResponse,
  InstanceDetailVO,
  InstanceLifeCycleVO,
  InstanceLifeDetailDto,
  InstanceLogVO,
  InstancePageVO,
  InstanceVO,
  ListInstancesRequest,
  TaskTypeOpsDto,
} from "@wedata-openapi/schema-core/v20210820/client";
export { type PagedItems, paging } from "@wedata-openapi/schema-core/v20210820/paging";
export { signTc3, type Tc3Signature, type Tc3SignInput } from "@wedata-openapi/tc3-fetch";
export type { BatchOptions, BatchParams, BatchProgress, BatchResult } from "./batch.js";
export type { WedataClient } from "./client.js";
export type {
  ActionMethods,
  CallOptions,
  CoreClient,
  Language,
  VersionClient,
  WedataClientOptions,
} from "./core.js";
export { assertGetTaskInstanceRequest } from "./deprecated.js";
export * from "./errors.js";
export {
  paginate,
  type ReadLogOptions,
  readInstanceLog,
  type WaitForInstanceOptions,
  waitForTaskInstance,
} from "./helpers/instances.js";
export { lifecycleTimeline } from "./helpers/lifecycle.js";
export type { PaginateOptions, Paginator } from "./helpers/paginate.js";
export { type InstanceStateGroup, type InstanceStateInfo, instanceState } from "./helpers/state.js";
export { formatWedataTime, parseCostTime, parseWedataTime, zoneOffsetMinutes } from "./helpers/time.js";
export type { TimelinePhase, TimelineRound } from "./helpers/timeline.js";
export { type WaitOptions, WaitTimeoutError } from "./helpers/wait.js";
export { methodName } from "./naming.js";
