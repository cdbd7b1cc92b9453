// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CheckAlarmRegularNameExist request body against the spec before anything is sent. */
export const validateCheckAlarmRegularNameExistRequest: CompiledValidator<NonNullable<operations["CheckAlarmRegularNameExist"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CheckAlarmRegularNameExist"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","AlarmRegularName"],"o":{"ProjectId":{"t":"string"},"AlarmRegularName":{"t":"string"},"Id":{"t":"string"},"TaskType":{"t":"integer"},"MonitorType":{"t":"integer","min":0}}})));

/** CheckAlarmRegularNameExist: what a client needs to send it. */
export const CheckAlarmRegularNameExist: ActionRow<"CheckAlarmRegularNameExist", NonNullable<operations["CheckAlarmRegularNameExist"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CheckAlarmRegularNameExist">> = {
  action: "CheckAlarmRegularNameExist",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateCheckAlarmRegularNameExistRequest,
};
