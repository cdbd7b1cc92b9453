// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import * as rules from "../rules.js";

/** Checks a UpdateTriggerWorkflow request body against the spec before anything is sent. */
export const validateUpdateTriggerWorkflowRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateTriggerWorkflow"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"WorkflowName":{"t":"string"},"OwnerUin":{"t":"string"},"WorkflowDesc":{"t":"string"},"WorkflowParams":{"t":"array","i":rules.ParamInfo},"TriggerWorkflowSchedulerConfigurations":{"t":"array","i":rules.WorkflowTriggerConfigInput},"BundleId":{"t":"string"},"BundleInfo":{"t":"string"},"GeneralTaskParams":{"t":"array","i":rules.WorkflowGeneralTaskParamInput}}})));

/** UpdateTriggerWorkflow: what a client needs to send it. */
export const UpdateTriggerWorkflow: ActionRow<"UpdateTriggerWorkflow", NonNullable<operations["UpdateTriggerWorkflow"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateTriggerWorkflow">> = {
  action: "UpdateTriggerWorkflow",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateTriggerWorkflowRequest,
};
