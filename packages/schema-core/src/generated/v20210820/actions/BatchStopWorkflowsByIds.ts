// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a BatchStopWorkflowsByIds request body against the spec before anything is sent. */
export const validateBatchStopWorkflowsByIdsRequest: CompiledValidator<NonNullable<operations["BatchStopWorkflowsByIds"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchStopWorkflowsByIds"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["WorkflowIds","ProjectId"],"o":{"WorkflowIds":{"t":"array","i":{"t":"string"}},"ProjectId":{"t":"string"},"KillInstance":{"t":"boolean"},"AsyncMode":{"t":"boolean"}}})));

/** BatchStopWorkflowsByIds: what a client needs to send it. */
export const BatchStopWorkflowsByIds: ActionRow<"BatchStopWorkflowsByIds", NonNullable<operations["BatchStopWorkflowsByIds"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchStopWorkflowsByIds">> = {
  action: "BatchStopWorkflowsByIds",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateBatchStopWorkflowsByIdsRequest,
};
