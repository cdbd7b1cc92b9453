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

/** Checks a ListQualityRuleGroupsTable request body against the spec before anything is sent. */
export const validateListQualityRuleGroupsTableRequest: CompiledValidator<NonNullable<operations["ListQualityRuleGroupsTable"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListQualityRuleGroupsTable"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderField}}})));

/** ListQualityRuleGroupsTable: what a client needs to send it. */
export const ListQualityRuleGroupsTable: ActionRow<"ListQualityRuleGroupsTable", NonNullable<operations["ListQualityRuleGroupsTable"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListQualityRuleGroupsTable">> = {
  action: "ListQualityRuleGroupsTable",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListQualityRuleGroupsTableRequest,
};
