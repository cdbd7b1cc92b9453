// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ReportSchema request body against the spec before anything is sent. */
export const validateReportSchemaRequest: CompiledValidator<NonNullable<operations["ReportSchema"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ReportSchema"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatasourceId","DatabaseName","SchemaName"],"o":{"DatasourceId":{"t":"integer"},"DatabaseName":{"t":"string"},"SchemaName":{"t":"string"},"Description":{"t":"string"},"CreateTime":{"t":"integer"},"ModifiedTime":{"t":"integer"}}})));

/** ReportSchema: what a client needs to send it. */
export const ReportSchema: ActionRow<"ReportSchema", NonNullable<operations["ReportSchema"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ReportSchema">> = {
  action: "ReportSchema",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateReportSchemaRequest,
};
