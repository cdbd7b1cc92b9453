// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TableNameFilter as ruleTableNameFilter } from "../rules/TableNameFilter.js";

/** Checks a DescribeTableMeta request body against the spec before anything is sent. */
export const validateDescribeTableMetaRequest: CompiledValidator<NonNullable<operations["DescribeTableMeta"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTableMeta"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TableId"],"o":{"TableId":{"t":"string"},"TableNameFilter":ruleTableNameFilter,"TableFilterType":{"t":"integer","min":0},"SearchNames":{"t":"array","i":{"t":"string"}}}})));

/** DescribeTableMeta: what a client needs to send it. */
export const DescribeTableMeta: ActionRow<"DescribeTableMeta", NonNullable<operations["DescribeTableMeta"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTableMeta">> = {
  action: "DescribeTableMeta",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeTableMetaRequest,
};
