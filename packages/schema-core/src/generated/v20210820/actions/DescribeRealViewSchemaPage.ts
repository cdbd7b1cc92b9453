// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeRealViewSchemaPage request body against the spec before anything is sent. */
export const validateDescribeRealViewSchemaPageRequest: CompiledValidator<NonNullable<operations["DescribeRealViewSchemaPage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRealViewSchemaPage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["PageNumber","PageSize","DatabaseName","DatasourceId","DataSourceType","ProjectId"],"o":{"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"DatabaseName":{"t":"string"},"DatasourceId":{"t":"string"},"DataSourceType":{"t":"string"},"ProjectId":{"t":"string"},"Env":{"t":"string"},"Model":{"t":"string"},"DevDatasourceId":{"t":"string"},"Keyword":{"t":"string"}}})));

/** DescribeRealViewSchemaPage: what a client needs to send it. */
export const DescribeRealViewSchemaPage: ActionRow<"DescribeRealViewSchemaPage", NonNullable<operations["DescribeRealViewSchemaPage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRealViewSchemaPage">> = {
  action: "DescribeRealViewSchemaPage",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeRealViewSchemaPageRequest,
};
