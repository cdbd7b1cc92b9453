// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ReportColumnInfo as ruleReportColumnInfo } from "../rules/ReportColumnInfo.js";

/** Checks a ReportTable request body against the spec before anything is sent. */
export const validateReportTableRequest: CompiledValidator<NonNullable<operations["ReportTable"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ReportTable"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatasourceId","DatabaseName","TableName","Type"],"o":{"DatasourceId":{"t":"integer"},"DatabaseName":{"t":"string"},"TableName":{"t":"string"},"Type":{"t":"string"},"SchemaName":{"t":"string"},"Description":{"t":"string"},"CreateTime":{"t":"integer"},"ModifiedTime":{"t":"integer"},"Columns":{"t":"array","i":ruleReportColumnInfo}}})));

/** ReportTable: what a client needs to send it. */
export const ReportTable: ActionRow<"ReportTable", NonNullable<operations["ReportTable"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ReportTable">> = {
  action: "ReportTable",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateReportTableRequest,
};
