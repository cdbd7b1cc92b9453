// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionInfo } from "../../action-info.js";
import type { operations } from "./types.js";
import { validateGetOpsAsyncJobRequest } from "./validators/GetOpsAsyncJob.request.js";
import { validateGetTaskInstanceRequest } from "./validators/GetTaskInstance.request.js";
import { validateGetTaskInstanceLogRequest } from "./validators/GetTaskInstanceLog.request.js";
import { validateKillTaskInstancesAsyncRequest } from "./validators/KillTaskInstancesAsync.request.js";
import { validateListDownstreamTaskInstancesRequest } from "./validators/ListDownstreamTaskInstances.request.js";
import { validateListTaskInstanceExecutionsRequest } from "./validators/ListTaskInstanceExecutions.request.js";
import { validateListTaskInstancesRequest } from "./validators/ListTaskInstances.request.js";
import { validateListUpstreamTaskInstancesRequest } from "./validators/ListUpstreamTaskInstances.request.js";
import { validateRerunTaskInstancesAsyncRequest } from "./validators/RerunTaskInstancesAsync.request.js";
import { validateSetSuccessTaskInstancesAsyncRequest } from "./validators/SetSuccessTaskInstancesAsync.request.js";

/** The API version of this table. */
export const version = "2025-08-06" as const;

/** Every action of API 2025-08-06, keyed by name. */
export const actions = {
  GetOpsAsyncJob: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateGetOpsAsyncJobRequest,
  },
  GetTaskInstance: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateGetTaskInstanceRequest,
  },
  GetTaskInstanceLog: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateGetTaskInstanceLogRequest,
  },
  KillTaskInstancesAsync: {
    version,
    rateLimit: 20,
    idempotent: false,
    checkWith: ["GetOpsAsyncJob","GetTaskInstance"],
    validateRequest: validateKillTaskInstancesAsyncRequest,
  },
  ListDownstreamTaskInstances: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateListDownstreamTaskInstancesRequest,
  },
  ListTaskInstanceExecutions: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateListTaskInstanceExecutionsRequest,
  },
  ListTaskInstances: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateListTaskInstancesRequest,
  },
  ListUpstreamTaskInstances: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateListUpstreamTaskInstancesRequest,
  },
  RerunTaskInstancesAsync: {
    version,
    rateLimit: 20,
    idempotent: false,
    checkWith: ["GetOpsAsyncJob","GetTaskInstance"],
    validateRequest: validateRerunTaskInstancesAsyncRequest,
  },
  SetSuccessTaskInstancesAsync: {
    version,
    rateLimit: 20,
    idempotent: false,
    checkWith: ["GetOpsAsyncJob","GetTaskInstance"],
    validateRequest: validateSetSuccessTaskInstancesAsyncRequest,
  },
} as const satisfies Record<keyof operations, ActionInfo>;
