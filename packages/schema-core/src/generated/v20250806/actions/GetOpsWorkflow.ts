// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetOpsWorkflow request body against the spec before anything is sent. */
export const validateGetOpsWorkflowRequest: CompiledValidator<NonNullable<operations["GetOpsWorkflow"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetOpsWorkflow"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"}}})));

/** GetOpsWorkflow: what a client needs to send it. */
export const GetOpsWorkflow: ActionRow<"GetOpsWorkflow", NonNullable<operations["GetOpsWorkflow"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetOpsWorkflow">> = {
  action: "GetOpsWorkflow",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetOpsWorkflowRequest,
};
