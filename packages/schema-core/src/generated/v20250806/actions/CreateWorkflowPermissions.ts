// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { WorkflowPermissionInput as ruleWorkflowPermissionInput } from "../rules/WorkflowPermissionInput.js";

/** Checks a CreateWorkflowPermissions request body against the spec before anything is sent. */
export const validateCreateWorkflowPermissionsRequest: CompiledValidator<NonNullable<operations["CreateWorkflowPermissions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateWorkflowPermissions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","EntityId","EntityType","PermissionList"],"o":{"ProjectId":{"t":"string"},"EntityId":{"t":"string"},"EntityType":{"t":"string"},"PermissionList":{"t":"array","i":ruleWorkflowPermissionInput}}})));

/** CreateWorkflowPermissions: what a client needs to send it. */
export const CreateWorkflowPermissions: ActionRow<"CreateWorkflowPermissions", NonNullable<operations["CreateWorkflowPermissions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateWorkflowPermissions">> = {
  action: "CreateWorkflowPermissions",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateWorkflowPermissionsRequest,
};
