// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { validateGetInstanceLogResponseBody } from "./validators/GetInstanceLog.response.js";
import { validateGetTaskInstanceResponseBody } from "./validators/GetTaskInstance.response.js";
import { validateListInstancesResponseBody } from "./validators/ListInstances.response.js";

/** The validator of every action's whole response body (`{ Response }`). */
export const responseValidators = {
  GetInstanceLog: validateGetInstanceLogResponseBody,
  GetTaskInstance: validateGetTaskInstanceResponseBody,
  ListInstances: validateListInstancesResponseBody,
} as const;
