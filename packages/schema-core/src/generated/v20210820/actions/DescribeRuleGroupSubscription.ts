// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeRuleGroupSubscription request body against the spec before anything is sent. */
export const validateDescribeRuleGroupSubscriptionRequest: CompiledValidator<NonNullable<operations["DescribeRuleGroupSubscription"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRuleGroupSubscription"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RuleGroupId":{"t":"integer","min":0},"ProjectId":{"t":"string"}}})));

/** DescribeRuleGroupSubscription: what a client needs to send it. */
export const DescribeRuleGroupSubscription: ActionRow<"DescribeRuleGroupSubscription", NonNullable<operations["DescribeRuleGroupSubscription"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRuleGroupSubscription">> = {
  action: "DescribeRuleGroupSubscription",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeRuleGroupSubscriptionRequest,
};
