// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { QualityRuleGroupExecStrategyInput as ruleQualityRuleGroupExecStrategyInput } from "../rules/QualityRuleGroupExecStrategyInput.js";

/** Checks a CreateQualityRuleGroup request body against the spec before anything is sent. */
export const validateCreateQualityRuleGroupRequest: CompiledValidator<NonNullable<operations["CreateQualityRuleGroup"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateQualityRuleGroup"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["RuleGroupExecStrategyBOList","ProjectId"],"o":{"RuleGroupExecStrategyBOList":{"t":"array","i":ruleQualityRuleGroupExecStrategyInput},"ProjectId":{"t":"string"}}})));

/** CreateQualityRuleGroup: what a client needs to send it. */
export const CreateQualityRuleGroup: ActionRow<"CreateQualityRuleGroup", NonNullable<operations["CreateQualityRuleGroup"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateQualityRuleGroup">> = {
  action: "CreateQualityRuleGroup",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateQualityRuleGroupRequest,
};
