// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { DeleteWorkflowPermission as ruleDeleteWorkflowPermission } from "../rules/DeleteWorkflowPermission.js";

/** Checks a DeleteWorkflowPermissions request body against the spec before anything is sent. */
export const validateDeleteWorkflowPermissionsRequest: CompiledValidator<NonNullable<operations["DeleteWorkflowPermissions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteWorkflowPermissions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","EntityId","EntityType","DeletePermissionList"],"o":{"ProjectId":{"t":"string"},"EntityId":{"t":"string"},"EntityType":{"t":"string"},"DeletePermissionList":{"t":"array","i":ruleDeleteWorkflowPermission}}})));

/** DeleteWorkflowPermissions: what a client needs to send it. */
export const DeleteWorkflowPermissions: ActionRow<"DeleteWorkflowPermissions", NonNullable<operations["DeleteWorkflowPermissions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteWorkflowPermissions">> = {
  action: "DeleteWorkflowPermissions",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteWorkflowPermissionsRequest,
};
