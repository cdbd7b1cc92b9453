// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SchedulingParameter as ruleSchedulingParameter } from "../rules/SchedulingParameter.js";

/** Checks a RerunTriggerWorkflowRunAsync request body against the spec before anything is sent. */
export const validateRerunTriggerWorkflowRunAsyncRequest: CompiledValidator<NonNullable<operations["RerunTriggerWorkflowRunAsync"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RerunTriggerWorkflowRunAsync"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId","WorkflowExecutionId","ExecuteType"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"WorkflowExecutionId":{"t":"string"},"ExecuteType":{"t":"string"},"AdvancedParams":{"t":"array","i":ruleSchedulingParameter},"TaskIds":{"t":"array","i":{"t":"string"}},"SchedulingResourceGroup":{"t":"string"},"IntegrationResourceGroup":{"t":"string"}}})));

/** RerunTriggerWorkflowRunAsync: what a client needs to send it. */
export const RerunTriggerWorkflowRunAsync: ActionRow<"RerunTriggerWorkflowRunAsync", NonNullable<operations["RerunTriggerWorkflowRunAsync"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RerunTriggerWorkflowRunAsync">> = {
  action: "RerunTriggerWorkflowRunAsync",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRerunTriggerWorkflowRunAsyncRequest,
};
