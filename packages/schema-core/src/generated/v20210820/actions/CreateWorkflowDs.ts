// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateWorkflowDs request body against the spec before anything is sent. */
export const validateCreateWorkflowDsRequest: CompiledValidator<NonNullable<operations["CreateWorkflowDs"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateWorkflowDs"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowName","FolderId"],"o":{"ProjectId":{"t":"string"},"WorkflowName":{"t":"string"},"FolderId":{"t":"string"},"WorkflowDesc":{"t":"string"},"WorkflowType":{"t":"string"}}})));

/** CreateWorkflowDs: what a client needs to send it. */
export const CreateWorkflowDs: ActionRow<"CreateWorkflowDs", NonNullable<operations["CreateWorkflowDs"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateWorkflowDs">> = {
  action: "CreateWorkflowDs",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateWorkflowDsRequest,
};
