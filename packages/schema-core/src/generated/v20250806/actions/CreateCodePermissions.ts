// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ExploreAuthorizationObject as ruleExploreAuthorizationObject } from "../rules/ExploreAuthorizationObject.js";

/** Checks a CreateCodePermissions request body against the spec before anything is sent. */
export const validateCreateCodePermissionsRequest: CompiledValidator<NonNullable<operations["CreateCodePermissions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateCodePermissions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","AuthorizePermissionObjects"],"o":{"ProjectId":{"t":"string"},"AuthorizePermissionObjects":{"t":"array","i":ruleExploreAuthorizationObject}}})));

/** CreateCodePermissions: what a client needs to send it. */
export const CreateCodePermissions: ActionRow<"CreateCodePermissions", NonNullable<operations["CreateCodePermissions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateCodePermissions">> = {
  action: "CreateCodePermissions",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateCodePermissionsRequest,
};
