// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { UpdateTriggerWorkflowPartially as ruleUpdateTriggerWorkflowPartially } from "../rules/UpdateTriggerWorkflowPartially.js";

/** Checks a UpdateTriggerWorkflowPartially request body against the spec before anything is sent. */
export const validateUpdateTriggerWorkflowPartiallyRequest: CompiledValidator<NonNullable<operations["UpdateTriggerWorkflowPartially"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateTriggerWorkflowPartially"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"NewSetting":ruleUpdateTriggerWorkflowPartially,"FieldToRemoveList":{"t":"array","i":{"t":"string"}}}})));

/** UpdateTriggerWorkflowPartially: what a client needs to send it. */
export const UpdateTriggerWorkflowPartially: ActionRow<"UpdateTriggerWorkflowPartially", NonNullable<operations["UpdateTriggerWorkflowPartially"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateTriggerWorkflowPartially">> = {
  action: "UpdateTriggerWorkflowPartially",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateTriggerWorkflowPartiallyRequest,
};
