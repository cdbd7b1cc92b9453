// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { KVPair as ruleKVPair } from "../rules/KVPair.js";

/** Checks a TriggerManualTasks request body against the spec before anything is sent. */
export const validateTriggerManualTasksRequest: CompiledValidator<NonNullable<operations["TriggerManualTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["TriggerManualTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TriggerName","TriggerScope","DataTimeList","WorkflowId"],"o":{"ProjectId":{"t":"string"},"TriggerName":{"t":"string"},"TriggerScope":{"t":"string"},"DataTimeList":{"t":"array","i":{"t":"string"}},"WorkflowId":{"t":"string"},"Remark":{"t":"string"},"TaskIds":{"t":"array","i":{"t":"string"}},"SchedulerResourceGroup":{"t":"string"},"IntegrationResourceGroup":{"t":"string"},"ExecOrder":{"t":"string"},"CustomParams":{"t":"array","i":ruleKVPair},"ExtraParams":{"t":"string"},"ScheduleTimeZone":{"t":"string"},"TimeType":{"t":"string"}}})));

/** TriggerManualTasks: what a client needs to send it. */
export const TriggerManualTasks: ActionRow<"TriggerManualTasks", NonNullable<operations["TriggerManualTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "TriggerManualTasks">> = {
  action: "TriggerManualTasks",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateTriggerManualTasksRequest,
};
