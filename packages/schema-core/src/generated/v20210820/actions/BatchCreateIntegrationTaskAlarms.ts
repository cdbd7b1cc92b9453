// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TaskAlarmInfoInput as ruleTaskAlarmInfoInput } from "../rules/TaskAlarmInfoInput.js";

/** Checks a BatchCreateIntegrationTaskAlarms request body against the spec before anything is sent. */
export const validateBatchCreateIntegrationTaskAlarmsRequest: CompiledValidator<NonNullable<operations["BatchCreateIntegrationTaskAlarms"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchCreateIntegrationTaskAlarms"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskIds","TaskAlarmInfo","ProjectId"],"o":{"TaskIds":{"t":"array","i":{"t":"string"}},"TaskAlarmInfo":ruleTaskAlarmInfoInput,"ProjectId":{"t":"string"}}})));

/** BatchCreateIntegrationTaskAlarms: what a client needs to send it. */
export const BatchCreateIntegrationTaskAlarms: ActionRow<"BatchCreateIntegrationTaskAlarms", NonNullable<operations["BatchCreateIntegrationTaskAlarms"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchCreateIntegrationTaskAlarms">> = {
  action: "BatchCreateIntegrationTaskAlarms",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateBatchCreateIntegrationTaskAlarmsRequest,
};
