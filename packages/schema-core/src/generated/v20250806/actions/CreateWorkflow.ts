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

/** Checks a CreateWorkflow request body against the spec before anything is sent. */
export const validateCreateWorkflowRequest: CompiledValidator<NonNullable<operations["CreateWorkflow"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateWorkflow"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowName","ParentFolderPath"],"o":{"ProjectId":{"t":"string"},"WorkflowName":{"t":"string"},"ParentFolderPath":{"t":"string"},"WorkflowType":{"t":"string"},"WorkflowDesc":{"t":"string"},"OwnerUin":{"t":"string"},"WorkflowParams":{"t":"array","i":ruleParamInfo},"WorkflowSchedulerConfiguration":ruleWorkflowSchedulerConfigurationInfo,"BundleId":{"t":"string"},"BundleInfo":{"t":"string"}}})));

/** CreateWorkflow: what a client needs to send it. */
export const CreateWorkflow: ActionRow<"CreateWorkflow", NonNullable<operations["CreateWorkflow"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateWorkflow">> = {
  action: "CreateWorkflow",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateWorkflowRequest,
};
