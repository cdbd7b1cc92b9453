// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { InstanceKey as ruleInstanceKey } from "../rules/InstanceKey.js";
import { ProjectId as ruleProjectId } from "../rules/ProjectId.js";
import { ScheduleTimeZone as ruleScheduleTimeZone } from "../rules/ScheduleTimeZone.js";

/** Checks a GetTaskInstance request body against the spec before anything is sent. */
export const validateGetTaskInstanceRequest: CompiledValidator<NonNullable<operations["GetTaskInstance"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetTaskInstance"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","InstanceKey"],"o":{"ProjectId":ruleProjectId,"InstanceKey":ruleInstanceKey,"ScheduleTimeZone":ruleScheduleTimeZone}})));

/** GetTaskInstance: what a client needs to send it. */
export const GetTaskInstance: ActionRow<"GetTaskInstance", NonNullable<operations["GetTaskInstance"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetTaskInstance">> = {
  action: "GetTaskInstance",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetTaskInstanceRequest,
};
