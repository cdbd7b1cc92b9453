// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a RenewWorkflowSchedulerInfoDs request body against the spec before anything is sent. */
export const validateRenewWorkflowSchedulerInfoDsRequest: CompiledValidator<NonNullable<operations["RenewWorkflowSchedulerInfoDs"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RenewWorkflowSchedulerInfoDs"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"DelayTime":{"t":"integer","min":0},"StartupTime":{"t":"integer","min":0},"SelfDepend":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"TaskAction":{"t":"string"},"CycleType":{"t":"string"},"CycleStep":{"t":"integer"},"ExecutionStartTime":{"t":"string"},"ExecutionEndTime":{"t":"string"},"InstanceInitStrategy":{"t":"string"},"DependencyWorkflow":{"t":"string"},"CrontabExpression":{"t":"string"},"ModifyCycleValue":{"t":"string"},"CalendarOpen":{"t":"string"},"CalendarName":{"t":"string"},"CalendarId":{"t":"string"},"ScheduleTimeZone":{"t":"string"},"ClearLink":{"t":"boolean"},"MainCyclicConfig":{"t":"string"},"SubordinateCyclicConfig":{"t":"string"}}})));

/** RenewWorkflowSchedulerInfoDs: what a client needs to send it. */
export const RenewWorkflowSchedulerInfoDs: ActionRow<"RenewWorkflowSchedulerInfoDs", NonNullable<operations["RenewWorkflowSchedulerInfoDs"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RenewWorkflowSchedulerInfoDs">> = {
  action: "RenewWorkflowSchedulerInfoDs",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRenewWorkflowSchedulerInfoDsRequest,
};
