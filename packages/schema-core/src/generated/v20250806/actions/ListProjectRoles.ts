// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListProjectRoles request body against the spec before anything is sent. */
export const validateListProjectRolesRequest: CompiledValidator<NonNullable<operations["ListProjectRoles"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListProjectRoles"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"RoleDisplayName":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"}}})));

/** ListProjectRoles: what a client needs to send it. */
export const ListProjectRoles: ActionRow<"ListProjectRoles", NonNullable<operations["ListProjectRoles"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListProjectRoles">> = {
  action: "ListProjectRoles",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListProjectRolesRequest,
};
