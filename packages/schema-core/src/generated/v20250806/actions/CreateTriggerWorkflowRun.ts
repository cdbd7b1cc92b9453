// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SchedulingParameter as ruleSchedulingParameter } from "../rules/SchedulingParameter.js";

/** Checks a CreateTriggerWorkflowRun request body against the spec before anything is sent. */
export const validateCreateTriggerWorkflowRunRequest: CompiledValidator<NonNullable<operations["CreateTriggerWorkflowRun"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateTriggerWorkflowRun"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"AdvancedParams":{"t":"array","i":ruleSchedulingParameter},"TaskIds":{"t":"array","i":{"t":"string"}},"SchedulingResourceGroupId":{"t":"string"},"IntegrationResourceGroupId":{"t":"string"}}})));

/** CreateTriggerWorkflowRun: what a client needs to send it. */
export const CreateTriggerWorkflowRun: ActionRow<"CreateTriggerWorkflowRun", NonNullable<operations["CreateTriggerWorkflowRun"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateTriggerWorkflowRun">> = {
  action: "CreateTriggerWorkflowRun",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateTriggerWorkflowRunRequest,
};
