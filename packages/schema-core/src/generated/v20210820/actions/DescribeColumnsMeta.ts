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

/** Checks a DescribeColumnsMeta request body against the spec before anything is sent. */
export const validateDescribeColumnsMetaRequest: CompiledValidator<NonNullable<operations["DescribeColumnsMeta"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeColumnsMeta"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TableId","PageNumber","PageSize"],"o":{"TableId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"FilterSet":{"t":"array","i":ruleFilter},"OrderFieldSet":{"t":"array","i":ruleOrderField},"IsPartitionQuery":{"t":"boolean"},"ComplianceId":{"t":"integer"}}})));

/** DescribeColumnsMeta: what a client needs to send it. */
export const DescribeColumnsMeta: ActionRow<"DescribeColumnsMeta", NonNullable<operations["DescribeColumnsMeta"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeColumnsMeta">> = {
  action: "DescribeColumnsMeta",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeColumnsMetaRequest,
};
