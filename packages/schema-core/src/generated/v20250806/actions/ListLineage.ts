// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListLineage request body against the spec before anything is sent. */
export const validateListLineageRequest: CompiledValidator<NonNullable<operations["ListLineage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListLineage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ResourceUniqueId","ResourceType","Direction","PageNumber","PageSize","Platform"],"o":{"ResourceUniqueId":{"t":"string"},"ResourceType":{"t":"string"},"Direction":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"Platform":{"t":"string"}}})));

/** ListLineage: what a client needs to send it. */
export const ListLineage: ActionRow<"ListLineage", NonNullable<operations["ListLineage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListLineage">> = {
  action: "ListLineage",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListLineageRequest,
};
