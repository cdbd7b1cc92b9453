// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetMyWorkflowMaxPermission request body against the spec before anything is sent. */
export const validateGetMyWorkflowMaxPermissionRequest: CompiledValidator<NonNullable<operations["GetMyWorkflowMaxPermission"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetMyWorkflowMaxPermission"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","EntityId","EntityType"],"o":{"ProjectId":{"t":"string"},"EntityId":{"t":"string"},"EntityType":{"t":"string"}}})));

/** GetMyWorkflowMaxPermission: what a client needs to send it. */
export const GetMyWorkflowMaxPermission: ActionRow<"GetMyWorkflowMaxPermission", NonNullable<operations["GetMyWorkflowMaxPermission"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetMyWorkflowMaxPermission">> = {
  action: "GetMyWorkflowMaxPermission",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetMyWorkflowMaxPermissionRequest,
};
