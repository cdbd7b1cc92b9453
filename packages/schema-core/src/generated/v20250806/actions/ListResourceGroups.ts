// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListResourceGroups request body against the spec before anything is sent. */
export const validateListResourceGroupsRequest: CompiledValidator<NonNullable<operations["ListResourceGroups"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListResourceGroups"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Type":{"t":"string"},"Id":{"t":"string"},"Name":{"t":"string"},"ProjectIds":{"t":"array","i":{"t":"string"}},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"}}})));

/** ListResourceGroups: what a client needs to send it. */
export const ListResourceGroups: ActionRow<"ListResourceGroups", NonNullable<operations["ListResourceGroups"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListResourceGroups">> = {
  action: "ListResourceGroups",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListResourceGroupsRequest,
};
