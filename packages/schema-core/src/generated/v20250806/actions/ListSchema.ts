// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListSchema request body against the spec before anything is sent. */
export const validateListSchemaRequest: CompiledValidator<NonNullable<operations["ListSchema"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListSchema"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["PageNumber","PageSize"],"o":{"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"CatalogName":{"t":"string"},"DatasourceId":{"t":"integer"},"DatabaseName":{"t":"string"},"Keyword":{"t":"string"}}})));

/** ListSchema: what a client needs to send it. */
export const ListSchema: ActionRow<"ListSchema", NonNullable<operations["ListSchema"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListSchema">> = {
  action: "ListSchema",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListSchemaRequest,
};
