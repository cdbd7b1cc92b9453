// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ModifyWorkflowSchedule request body against the spec before anything is sent. */
export const validateModifyWorkflowScheduleRequest: CompiledValidator<NonNullable<operations["ModifyWorkflowSchedule"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyWorkflowSchedule"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId","DelayTime","StartupTime","SelfDepend","CycleType","CycleStep"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"DelayTime":{"t":"integer"},"StartupTime":{"t":"integer"},"SelfDepend":{"t":"integer"},"CycleType":{"t":"integer"},"CycleStep":{"t":"integer"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"TaskAction":{"t":"string"},"CrontabExpression":{"t":"string"},"ExecutionStartTime":{"t":"string"},"ExecutionEndTime":{"t":"string"},"DependencyWorkflow":{"t":"string"}}})));

/** ModifyWorkflowSchedule (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const ModifyWorkflowSchedule: ActionRow<"ModifyWorkflowSchedule", NonNullable<operations["ModifyWorkflowSchedule"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyWorkflowSchedule">> = {
  action: "ModifyWorkflowSchedule",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyWorkflowScheduleRequest,
};
