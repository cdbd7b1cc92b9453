// Shared by both entries: errors (owned by tc3-fetch, re-exported so users import from one place), helpers.
export type {
  GetTaskInstanceRequest,
  GetTaskInstanceResponse,
  InstanceDetailVO,
  InstanceLifeCycleVO,
  InstanceLifeDetailDto,
  InstanceLogVO,
  TaskTypeOpsDto,
} from "@wedata-openapi/schema";
export {
  type Credentials,
  CredentialsError,
  type CredentialsProvider,
  createRateLimiter,
  type RateLimiter,
  RequestValidationError,
  signTc3,
  type Tc3Signature,
  type Tc3SignInput,
  TencentCloudApiError,
  TencentCloudError,
  TencentCloudHttpError,
  TencentCloudNetworkError,
} from "@wedata-openapi/tc3-fetch";
export type { BatchOptions, BatchParams, BatchProgress, BatchResult } from "./batch.js";
export type { CallOptions, Language, WedataClient, WedataClientOptions } from "./client.js";
export { type InstanceStateGroup, type InstanceStateInfo, instanceState } from "./helpers/state.js";
export { formatWedataTime, parseCostTime, parseWedataTime, zoneOffsetMinutes } from "./helpers/time.js";
export { lifecycleTimeline, type TimelinePhase, type TimelineRound } from "./helpers/timeline.js";
export { assertGetTaskInstanceRequest } from "./validate.js";
