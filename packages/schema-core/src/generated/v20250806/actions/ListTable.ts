// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListTable request body against the spec before anything is sent. */
export const validateListTableRequest: CompiledValidator<NonNullable<operations["ListTable"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListTable"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["PageNumber","PageSize"],"o":{"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"CatalogName":{"t":"string"},"DatasourceId":{"t":"integer"},"DatabaseName":{"t":"string"},"SchemaName":{"t":"string"},"Keyword":{"t":"string"}}})));

/** ListTable: what a client needs to send it. */
export const ListTable: ActionRow<"ListTable", NonNullable<operations["ListTable"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListTable">> = {
  action: "ListTable",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListTableRequest,
};
