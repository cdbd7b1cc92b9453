// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ParamInfo as ruleParamInfo } from "../rules/ParamInfo.js";
import { WorkflowGeneralTaskParamInput as ruleWorkflowGeneralTaskParamInput } from "../rules/WorkflowGeneralTaskParamInput.js";
import { WorkflowRunConfigInput as ruleWorkflowRunConfigInput } from "../rules/WorkflowRunConfigInput.js";
import { WorkflowTriggerConfigInput as ruleWorkflowTriggerConfigInput } from "../rules/WorkflowTriggerConfigInput.js";

/** Checks a UpdateTriggerWorkflow request body against the spec before anything is sent. */
export const validateUpdateTriggerWorkflowRequest: CompiledValidator<NonNullable<operations["UpdateTriggerWorkflow"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateTriggerWorkflow"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"WorkflowName":{"t":"string"},"OwnerUin":{"t":"string"},"WorkflowDesc":{"t":"string"},"WorkflowParams":{"t":"array","i":ruleParamInfo},"TriggerWorkflowSchedulerConfigurations":{"t":"array","i":ruleWorkflowTriggerConfigInput},"BundleId":{"t":"string"},"BundleInfo":{"t":"string"},"GeneralTaskParams":{"t":"array","i":ruleWorkflowGeneralTaskParamInput},"TriggerWorkflowRunConfiguration":ruleWorkflowRunConfigInput,"SchedulerStatus":{"t":"string"},"TriggerMode":{"t":"string"},"ExecuteUserUin":{"t":"string"}}})));

/** UpdateTriggerWorkflow: what a client needs to send it. */
export const UpdateTriggerWorkflow: ActionRow<"UpdateTriggerWorkflow", NonNullable<operations["UpdateTriggerWorkflow"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateTriggerWorkflow">> = {
  action: "UpdateTriggerWorkflow",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateTriggerWorkflowRequest,
};
