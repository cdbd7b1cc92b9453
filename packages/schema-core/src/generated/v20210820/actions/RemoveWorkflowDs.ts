// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a RemoveWorkflowDs request body against the spec before anything is sent. */
export const validateRemoveWorkflowDsRequest: CompiledValidator<NonNullable<operations["RemoveWorkflowDs"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RemoveWorkflowDs"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"DeleteScript":{"t":"string"},"OperateIsInform":{"t":"string"},"DeleteMode":{"t":"string"}}})));

/** RemoveWorkflowDs: what a client needs to send it. */
export const RemoveWorkflowDs: ActionRow<"RemoveWorkflowDs", NonNullable<operations["RemoveWorkflowDs"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RemoveWorkflowDs">> = {
  action: "RemoveWorkflowDs",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRemoveWorkflowDsRequest,
};
