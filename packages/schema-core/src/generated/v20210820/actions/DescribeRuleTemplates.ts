// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeRuleTemplates request body against the spec before anything is sent. */
export const validateDescribeRuleTemplatesRequest: CompiledValidator<NonNullable<operations["DescribeRuleTemplates"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRuleTemplates"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Type":{"t":"integer","min":0},"SourceObjectType":{"t":"integer","min":0},"ProjectId":{"t":"string"},"SourceEngineTypes":{"t":"array","i":{"t":"integer","min":0}}}})));

/** DescribeRuleTemplates: what a client needs to send it. */
export const DescribeRuleTemplates: ActionRow<"DescribeRuleTemplates", NonNullable<operations["DescribeRuleTemplates"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRuleTemplates">> = {
  action: "DescribeRuleTemplates",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeRuleTemplatesRequest,
};
