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

/** Checks a CreateTriggerWorkflow request body against the spec before anything is sent. */
export const validateCreateTriggerWorkflowRequest: CompiledValidator<NonNullable<operations["CreateTriggerWorkflow"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateTriggerWorkflow"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowName","ParentFolderPath"],"o":{"ProjectId":{"t":"string"},"WorkflowName":{"t":"string"},"ParentFolderPath":{"t":"string"},"WorkflowDesc":{"t":"string"},"OwnerUin":{"t":"string"},"WorkflowParams":{"t":"array","i":ruleParamInfo},"TriggerWorkflowSchedulerConfigurations":{"t":"array","i":ruleWorkflowTriggerConfigInput},"BundleId":{"t":"string"},"BundleInfo":{"t":"string"},"GeneralTaskParams":{"t":"array","i":ruleWorkflowGeneralTaskParamInput},"TriggerWorkflowRunConfiguration":ruleWorkflowRunConfigInput,"SchedulerStatus":{"t":"string"},"TriggerMode":{"t":"string"},"ExecuteUserUin":{"t":"string"}}})));

/** CreateTriggerWorkflow: what a client needs to send it. */
export const CreateTriggerWorkflow: ActionRow<"CreateTriggerWorkflow", NonNullable<operations["CreateTriggerWorkflow"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateTriggerWorkflow">> = {
  action: "CreateTriggerWorkflow",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateTriggerWorkflowRequest,
};
