// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { validateGetOpsAsyncJobResponseBody } from "./validators/GetOpsAsyncJob.response.js";
import { validateGetTaskInstanceResponseBody } from "./validators/GetTaskInstance.response.js";
import { validateGetTaskInstanceLogResponseBody } from "./validators/GetTaskInstanceLog.response.js";
import { validateKillTaskInstancesAsyncResponseBody } from "./validators/KillTaskInstancesAsync.response.js";
import { validateListDownstreamTaskInstancesResponseBody } from "./validators/ListDownstreamTaskInstances.response.js";
import { validateListTaskInstanceExecutionsResponseBody } from "./validators/ListTaskInstanceExecutions.response.js";
import { validateListTaskInstancesResponseBody } from "./validators/ListTaskInstances.response.js";
import { validateListUpstreamTaskInstancesResponseBody } from "./validators/ListUpstreamTaskInstances.response.js";
import { validateRerunTaskInstancesAsyncResponseBody } from "./validators/RerunTaskInstancesAsync.response.js";
import { validateSetSuccessTaskInstancesAsyncResponseBody } from "./validators/SetSuccessTaskInstancesAsync.response.js";

/** The validator of every action's whole response body (`{ Response }`). */
export const responseValidators = {
  GetOpsAsyncJob: validateGetOpsAsyncJobResponseBody,
  GetTaskInstance: validateGetTaskInstanceResponseBody,
  GetTaskInstanceLog: validateGetTaskInstanceLogResponseBody,
  KillTaskInstancesAsync: validateKillTaskInstancesAsyncResponseBody,
  ListDownstreamTaskInstances: validateListDownstreamTaskInstancesResponseBody,
  ListTaskInstanceExecutions: validateListTaskInstanceExecutionsResponseBody,
  ListTaskInstances: validateListTaskInstancesResponseBody,
  ListUpstreamTaskInstances: validateListUpstreamTaskInstancesResponseBody,
  RerunTaskInstancesAsync: validateRerunTaskInstancesAsyncResponseBody,
  SetSuccessTaskInstancesAsync: validateSetSuccessTaskInstancesAsyncResponseBody,
} as const;
