// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { AlarmGroupInput as ruleAlarmGroupInput } from "../rules/AlarmGroupInput.js";
import { AlarmRuleDetailInput as ruleAlarmRuleDetailInput } from "../rules/AlarmRuleDetailInput.js";

/** Checks a UpdateOpsAlarmRule request body against the spec before anything is sent. */
export const validateUpdateOpsAlarmRuleRequest: CompiledValidator<NonNullable<operations["UpdateOpsAlarmRule"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateOpsAlarmRule"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","AlarmRuleId"],"o":{"ProjectId":{"t":"string"},"AlarmRuleId":{"t":"string"},"AlarmRuleName":{"t":"string"},"MonitorObjectType":{"t":"integer"},"MonitorObjectIds":{"t":"array","i":{"t":"string"}},"AlarmTypes":{"t":"array","i":{"t":"string"}},"AlarmRuleDetail":ruleAlarmRuleDetailInput,"Status":{"t":"integer"},"AlarmLevel":{"t":"integer"},"AlarmGroups":{"t":"array","i":ruleAlarmGroupInput},"Description":{"t":"string"}}})));

/** UpdateOpsAlarmRule: what a client needs to send it. */
export const UpdateOpsAlarmRule: ActionRow<"UpdateOpsAlarmRule", NonNullable<operations["UpdateOpsAlarmRule"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateOpsAlarmRule">> = {
  action: "UpdateOpsAlarmRule",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateOpsAlarmRuleRequest,
};
