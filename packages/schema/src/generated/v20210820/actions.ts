// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionInfo } from "../../action-info.js";
import type { operations } from "./types.js";
import { validateGetInstanceLogRequest } from "./validators/GetInstanceLog.request.js";
import { validateGetTaskInstanceRequest } from "./validators/GetTaskInstance.request.js";
import { validateListInstancesRequest } from "./validators/ListInstances.request.js";

/** The API version of this table. */
export const version = "2021-08-20" as const;

/** Every action of API 2021-08-20, keyed by name. */
export const actions = {
  GetInstanceLog: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateGetInstanceLogRequest,
  },
  GetTaskInstance: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateGetTaskInstanceRequest,
  },
  ListInstances: {
    version,
    rateLimit: 20,
    idempotent: true,
    validateRequest: validateListInstancesRequest,
  },
} as const satisfies Record<keyof operations, ActionInfo>;
