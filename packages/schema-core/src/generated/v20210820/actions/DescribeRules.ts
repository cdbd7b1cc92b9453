// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeRules request body against the spec before anything is sent. */
export const validateDescribeRulesRequest: CompiledValidator<NonNullable<operations["DescribeRules"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRules"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ProjectId":{"t":"string"},"RuleGroupId":{"t":"integer","min":0},"EngineType":{"t":"string"}}})));

/** DescribeRules: what a client needs to send it. */
export const DescribeRules: ActionRow<"DescribeRules", NonNullable<operations["DescribeRules"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRules">> = {
  action: "DescribeRules",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeRulesRequest,
};
