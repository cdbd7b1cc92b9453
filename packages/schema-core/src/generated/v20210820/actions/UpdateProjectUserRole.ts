// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UpdateProjectUserRole request body against the spec before anything is sent. */
export const validateUpdateProjectUserRoleRequest: CompiledValidator<NonNullable<operations["UpdateProjectUserRole"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateProjectUserRole"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","UserIds","RoleIds"],"o":{"ProjectId":{"t":"string"},"UserIds":{"t":"array","i":{"t":"string"}},"RoleIds":{"t":"array","i":{"t":"string"}}}})));

/** UpdateProjectUserRole: what a client needs to send it. */
export const UpdateProjectUserRole: ActionRow<"UpdateProjectUserRole", NonNullable<operations["UpdateProjectUserRole"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateProjectUserRole">> = {
  action: "UpdateProjectUserRole",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateUpdateProjectUserRoleRequest,
};
