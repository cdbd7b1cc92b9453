// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListWorkflowPermissions request body against the spec before anything is sent. */
export const validateListWorkflowPermissionsRequest: CompiledValidator<NonNullable<operations["ListWorkflowPermissions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListWorkflowPermissions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","EntityId","EntityType"],"o":{"ProjectId":{"t":"string"},"EntityId":{"t":"string"},"EntityType":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0}}})));

/** ListWorkflowPermissions: what a client needs to send it. */
export const ListWorkflowPermissions: ActionRow<"ListWorkflowPermissions", NonNullable<operations["ListWorkflowPermissions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListWorkflowPermissions">> = {
  action: "ListWorkflowPermissions",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListWorkflowPermissionsRequest,
};
