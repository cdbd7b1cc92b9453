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

/** Checks a CreateOpsAlarmRule request body against the spec before anything is sent. */
export const validateCreateOpsAlarmRuleRequest: CompiledValidator<NonNullable<operations["CreateOpsAlarmRule"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateOpsAlarmRule"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","AlarmRuleName","MonitorObjectIds","AlarmTypes","AlarmGroups"],"o":{"ProjectId":{"t":"string"},"AlarmRuleName":{"t":"string"},"MonitorObjectIds":{"t":"array","i":{"t":"string"}},"AlarmTypes":{"t":"array","i":{"t":"string"}},"AlarmGroups":{"t":"array","i":ruleAlarmGroupInput},"MonitorObjectType":{"t":"integer","min":0},"AlarmRuleDetail":ruleAlarmRuleDetailInput,"AlarmLevel":{"t":"integer"},"Description":{"t":"string"}}})));

/** CreateOpsAlarmRule: what a client needs to send it. */
export const CreateOpsAlarmRule: ActionRow<"CreateOpsAlarmRule", NonNullable<operations["CreateOpsAlarmRule"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateOpsAlarmRule">> = {
  action: "CreateOpsAlarmRule",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateOpsAlarmRuleRequest,
};
