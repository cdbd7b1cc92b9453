// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ExploreFileResourceInput as ruleExploreFileResourceInput } from "../rules/ExploreFileResourceInput.js";

/** Checks a ListCodePermissions request body against the spec before anything is sent. */
export const validateListCodePermissionsRequest: CompiledValidator<NonNullable<operations["ListCodePermissions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListCodePermissions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","PageNumber","PageSize","Resource"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"Resource":ruleExploreFileResourceInput,"Users":{"t":"array","i":{"t":"string"}}}})));

/** ListCodePermissions: what a client needs to send it. */
export const ListCodePermissions: ActionRow<"ListCodePermissions", NonNullable<operations["ListCodePermissions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListCodePermissions">> = {
  action: "ListCodePermissions",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListCodePermissionsRequest,
};
