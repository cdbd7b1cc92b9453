// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ExploreAuthorizationRecycleObject as ruleExploreAuthorizationRecycleObject } from "../rules/ExploreAuthorizationRecycleObject.js";

/** Checks a DeleteCodePermissions request body against the spec before anything is sent. */
export const validateDeleteCodePermissionsRequest: CompiledValidator<NonNullable<operations["DeleteCodePermissions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteCodePermissions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"RecyclePolicySet":{"t":"array","i":ruleExploreAuthorizationRecycleObject}}})));

/** DeleteCodePermissions: what a client needs to send it. */
export const DeleteCodePermissions: ActionRow<"DeleteCodePermissions", NonNullable<operations["DeleteCodePermissions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteCodePermissions">> = {
  action: "DeleteCodePermissions",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteCodePermissionsRequest,
};
