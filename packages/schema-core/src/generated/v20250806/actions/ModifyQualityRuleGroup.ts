// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { QualityRuleGroupExecStrategyInput as ruleQualityRuleGroupExecStrategyInput } from "../rules/QualityRuleGroupExecStrategyInput.js";

/** Checks a ModifyQualityRuleGroup request body against the spec before anything is sent. */
export const validateModifyQualityRuleGroupRequest: CompiledValidator<NonNullable<operations["ModifyQualityRuleGroup"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyQualityRuleGroup"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RuleGroupExecStrategyBOList":{"t":"array","i":ruleQualityRuleGroupExecStrategyInput},"ProjectId":{"t":"string"}}})));

/** ModifyQualityRuleGroup: what a client needs to send it. */
export const ModifyQualityRuleGroup: ActionRow<"ModifyQualityRuleGroup", NonNullable<operations["ModifyQualityRuleGroup"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyQualityRuleGroup">> = {
  action: "ModifyQualityRuleGroup",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyQualityRuleGroupRequest,
};
