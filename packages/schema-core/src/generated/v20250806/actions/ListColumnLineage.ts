// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListColumnLineage request body against the spec before anything is sent. */
export const validateListColumnLineageRequest: CompiledValidator<NonNullable<operations["ListColumnLineage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListColumnLineage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TableUniqueId","Direction","PageNumber","PageSize","ColumnName","Platform"],"o":{"TableUniqueId":{"t":"string"},"Direction":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"ColumnName":{"t":"string"},"Platform":{"t":"string"}}})));

/** ListColumnLineage: what a client needs to send it. */
export const ListColumnLineage: ActionRow<"ListColumnLineage", NonNullable<operations["ListColumnLineage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListColumnLineage">> = {
  action: "ListColumnLineage",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListColumnLineageRequest,
};
