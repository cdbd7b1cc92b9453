// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeAlarmReceiver request body against the spec before anything is sent. */
export const validateDescribeAlarmReceiverRequest: CompiledValidator<NonNullable<operations["DescribeAlarmReceiver"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeAlarmReceiver"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["AlarmId","PageNumber","PageSize","ProjectId"],"o":{"AlarmId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"ProjectId":{"t":"string"},"TaskType":{"t":"integer","min":0},"AlarmRecipient":{"t":"string"},"AlarmRecipientName":{"t":"string"},"AlarmTime":{"t":"string"},"MessageId":{"t":"string"},"RecordId":{"t":"integer","min":0},"MonitorType":{"t":"integer","min":0}}})));

/** DescribeAlarmReceiver: what a client needs to send it. */
export const DescribeAlarmReceiver: ActionRow<"DescribeAlarmReceiver", NonNullable<operations["DescribeAlarmReceiver"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeAlarmReceiver">> = {
  action: "DescribeAlarmReceiver",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeAlarmReceiverRequest,
};
