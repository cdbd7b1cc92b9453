// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { QualityRuleInfo as ruleQualityRuleInfo } from "../rules/QualityRuleInfo.js";

/** Checks a CreateQualityRule request body against the spec before anything is sent. */
export const validateCreateQualityRuleRequest: CompiledValidator<NonNullable<operations["CreateQualityRule"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateQualityRule"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","CreateRuleScene","RuleBOList"],"o":{"ProjectId":{"t":"string"},"CreateRuleScene":{"t":"integer"},"RuleBOList":{"t":"array","i":ruleQualityRuleInfo}}})));

/** CreateQualityRule: what a client needs to send it. */
export const CreateQualityRule: ActionRow<"CreateQualityRule", NonNullable<operations["CreateQualityRule"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateQualityRule">> = {
  action: "CreateQualityRule",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateQualityRuleRequest,
};
