// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";
import { OrderField as ruleOrderField } from "../rules/OrderField.js";

/** Checks a DescribeRuleGroupsByPage request body against the spec before anything is sent. */
export const validateDescribeRuleGroupsByPageRequest: CompiledValidator<NonNullable<operations["DescribeRuleGroupsByPage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRuleGroupsByPage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderField},"ProjectId":{"t":"string"}}})));

/** DescribeRuleGroupsByPage: what a client needs to send it. */
export const DescribeRuleGroupsByPage: ActionRow<"DescribeRuleGroupsByPage", NonNullable<operations["DescribeRuleGroupsByPage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRuleGroupsByPage">> = {
  action: "DescribeRuleGroupsByPage",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeRuleGroupsByPageRequest,
};
