// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ParamInfo as ruleParamInfo } from "../rules/ParamInfo.js";
import { WorkflowSchedulerConfigurationInfo as ruleWorkflowSchedulerConfigurationInfo } from "../rules/WorkflowSchedulerConfigurationInfo.js";

/** Checks a UpdateWorkflow request body against the spec before anything is sent. */
export const validateUpdateWorkflowRequest: CompiledValidator<NonNullable<operations["UpdateWorkflow"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateWorkflow"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"WorkflowName":{"t":"string"},"OwnerUin":{"t":"string"},"WorkflowDesc":{"t":"string"},"WorkflowParams":{"t":"array","i":ruleParamInfo},"WorkflowSchedulerConfiguration":ruleWorkflowSchedulerConfigurationInfo,"BundleId":{"t":"string"},"BundleInfo":{"t":"string"}}})));

/** UpdateWorkflow: what a client needs to send it. */
export const UpdateWorkflow: ActionRow<"UpdateWorkflow", NonNullable<operations["UpdateWorkflow"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateWorkflow">> = {
  action: "UpdateWorkflow",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateWorkflowRequest,
};
