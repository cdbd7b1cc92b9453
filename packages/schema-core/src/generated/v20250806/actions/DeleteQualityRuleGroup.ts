// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteQualityRuleGroup request body against the spec before anything is sent. */
export const validateDeleteQualityRuleGroupRequest: CompiledValidator<NonNullable<operations["DeleteQualityRuleGroup"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteQualityRuleGroup"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","RuleGroupIdList"],"o":{"ProjectId":{"t":"string"},"RuleGroupIdList":{"t":"array","i":{"t":"integer","min":0}}}})));

/** DeleteQualityRuleGroup: what a client needs to send it. */
export const DeleteQualityRuleGroup: ActionRow<"DeleteQualityRuleGroup", NonNullable<operations["DeleteQualityRuleGroup"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteQualityRuleGroup">> = {
  action: "DeleteQualityRuleGroup",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteQualityRuleGroupRequest,
};
