// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { AlarmInfo as ruleAlarmInfo } from "../rules/AlarmInfo.js";

/** Checks a SetTaskAlarmNew request body against the spec before anything is sent. */
export const validateSetTaskAlarmNewRequest: CompiledValidator<NonNullable<operations["SetTaskAlarmNew"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["SetTaskAlarmNew"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["AlarmInfoList","ProjectId"],"o":{"AlarmInfoList":{"t":"array","i":ruleAlarmInfo},"ProjectId":{"t":"string"}}})));

/** SetTaskAlarmNew: what a client needs to send it. */
export const SetTaskAlarmNew: ActionRow<"SetTaskAlarmNew", NonNullable<operations["SetTaskAlarmNew"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "SetTaskAlarmNew">> = {
  action: "SetTaskAlarmNew",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateSetTaskAlarmNewRequest,
};
