// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { EventBatchCaseDTO as ruleEventBatchCaseDTO } from "../rules/EventBatchCaseDTO.js";
import { EventCaseDTO as ruleEventCaseDTO } from "../rules/EventCaseDTO.js";

/** Checks a TriggerDsEvent request body against the spec before anything is sent. */
export const validateTriggerDsEventRequest: CompiledValidator<NonNullable<operations["TriggerDsEvent"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["TriggerDsEvent"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"EventCaseList":{"t":"array","i":ruleEventCaseDTO},"EventBatchCaseList":{"t":"array","i":ruleEventBatchCaseDTO},"ScheduleTimeZone":{"t":"string"}}})));

/** TriggerDsEvent: what a client needs to send it. */
export const TriggerDsEvent: ActionRow<"TriggerDsEvent", NonNullable<operations["TriggerDsEvent"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "TriggerDsEvent">> = {
  action: "TriggerDsEvent",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateTriggerDsEventRequest,
};
