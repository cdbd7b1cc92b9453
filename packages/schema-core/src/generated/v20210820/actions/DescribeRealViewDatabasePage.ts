// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeRealViewDatabasePage request body against the spec before anything is sent. */
export const validateDescribeRealViewDatabasePageRequest: CompiledValidator<NonNullable<operations["DescribeRealViewDatabasePage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRealViewDatabasePage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatasourceId","ProjectId"],"o":{"DatasourceId":{"t":"integer"},"ProjectId":{"t":"string"},"Asc":{"t":"boolean"},"ConnectionType":{"t":"string"},"Keyword":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"ResourceGroupId":{"t":"string"},"ResourceType":{"t":"integer"},"Sort":{"t":"string"},"CatalogName":{"t":"string"}}})));

/** DescribeRealViewDatabasePage: what a client needs to send it. */
export const DescribeRealViewDatabasePage: ActionRow<"DescribeRealViewDatabasePage", NonNullable<operations["DescribeRealViewDatabasePage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRealViewDatabasePage">> = {
  action: "DescribeRealViewDatabasePage",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeRealViewDatabasePageRequest,
};
