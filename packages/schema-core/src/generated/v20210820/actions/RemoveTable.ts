// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a RemoveTable request body against the spec before anything is sent. */
export const validateRemoveTableRequest: CompiledValidator<NonNullable<operations["RemoveTable"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RemoveTable"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatasourceId","DatabaseName","SchemaName","TableName"],"o":{"DatasourceId":{"t":"integer"},"DatabaseName":{"t":"string"},"SchemaName":{"t":"string"},"TableName":{"t":"string"}}})));

/** RemoveTable: what a client needs to send it. */
export const RemoveTable: ActionRow<"RemoveTable", NonNullable<operations["RemoveTable"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RemoveTable">> = {
  action: "RemoveTable",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateRemoveTableRequest,
};
