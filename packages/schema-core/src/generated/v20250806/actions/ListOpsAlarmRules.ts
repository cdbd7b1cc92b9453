// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListOpsAlarmRules request body against the spec before anything is sent. */
export const validateListOpsAlarmRulesRequest: CompiledValidator<NonNullable<operations["ListOpsAlarmRules"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListOpsAlarmRules"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"MonitorObjectType":{"t":"integer"},"TaskId":{"t":"string"},"AlarmType":{"t":"string"},"AlarmLevel":{"t":"integer"},"AlarmRecipientId":{"t":"string"},"Keyword":{"t":"string"},"CreateUserUin":{"t":"string"},"CreateTimeFrom":{"t":"string"},"CreateTimeTo":{"t":"string"},"UpdateTimeFrom":{"t":"string"},"UpdateTimeTo":{"t":"string"}}})));

/** ListOpsAlarmRules: what a client needs to send it. */
export const ListOpsAlarmRules: ActionRow<"ListOpsAlarmRules", NonNullable<operations["ListOpsAlarmRules"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListOpsAlarmRules">> = {
  action: "ListOpsAlarmRules",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListOpsAlarmRulesRequest,
};
