// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTableSchemaInfo request body against the spec before anything is sent. */
export const validateDescribeTableSchemaInfoRequest: CompiledValidator<NonNullable<operations["DescribeTableSchemaInfo"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTableSchemaInfo"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Name","DatabaseName","MsType","DatasourceId"],"o":{"Name":{"t":"string"},"DatabaseName":{"t":"string"},"MsType":{"t":"string"},"DatasourceId":{"t":"string"},"ConnectionType":{"t":"string"},"SchemaName":{"t":"string"},"ProjectId":{"t":"string"},"Env":{"t":"string"},"Model":{"t":"string"},"DevDatasourceId":{"t":"string"}}})));

/** DescribeTableSchemaInfo: what a client needs to send it. */
export const DescribeTableSchemaInfo: ActionRow<"DescribeTableSchemaInfo", NonNullable<operations["DescribeTableSchemaInfo"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTableSchemaInfo">> = {
  action: "DescribeTableSchemaInfo",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeTableSchemaInfoRequest,
};
