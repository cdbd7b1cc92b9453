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

/** Checks a DescribeTaskTemplates request body against the spec before anything is sent. */
export const validateDescribeTaskTemplatesRequest: CompiledValidator<NonNullable<operations["DescribeTaskTemplates"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTaskTemplates"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","PageNumber","PageSize"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"OrderFields":{"t":"array","i":ruleOrderField},"Filters":{"t":"array","i":ruleFilter}}})));

/** DescribeTaskTemplates: what a client needs to send it. */
export const DescribeTaskTemplates: ActionRow<"DescribeTaskTemplates", NonNullable<operations["DescribeTaskTemplates"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTaskTemplates">> = {
  action: "DescribeTaskTemplates",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTaskTemplatesRequest,
};
