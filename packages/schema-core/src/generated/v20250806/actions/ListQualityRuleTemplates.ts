// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";
import { OrderField as ruleOrderField } from "../rules/OrderField.js";

/** Checks a ListQualityRuleTemplates request body against the spec before anything is sent. */
export const validateListQualityRuleTemplatesRequest: CompiledValidator<NonNullable<operations["ListQualityRuleTemplates"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListQualityRuleTemplates"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"OrderFields":{"t":"array","i":ruleOrderField},"Filters":{"t":"array","i":ruleFilter}}})));

/** ListQualityRuleTemplates: what a client needs to send it. */
export const ListQualityRuleTemplates: ActionRow<"ListQualityRuleTemplates", NonNullable<operations["ListQualityRuleTemplates"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListQualityRuleTemplates">> = {
  action: "ListQualityRuleTemplates",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListQualityRuleTemplatesRequest,
};
