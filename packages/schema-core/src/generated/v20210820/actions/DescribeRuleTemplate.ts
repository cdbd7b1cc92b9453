// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeRuleTemplate request body against the spec before anything is sent. */
export const validateDescribeRuleTemplateRequest: CompiledValidator<NonNullable<operations["DescribeRuleTemplate"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRuleTemplate"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ProjectId":{"t":"string"},"TemplateId":{"t":"integer","min":0}}})));

/** DescribeRuleTemplate: what a client needs to send it. */
export const DescribeRuleTemplate: ActionRow<"DescribeRuleTemplate", NonNullable<operations["DescribeRuleTemplate"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRuleTemplate">> = {
  action: "DescribeRuleTemplate",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeRuleTemplateRequest,
};
