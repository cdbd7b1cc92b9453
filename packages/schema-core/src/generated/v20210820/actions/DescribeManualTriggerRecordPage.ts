// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeManualTriggerRecordPage request body against the spec before anything is sent. */
export const validateDescribeManualTriggerRecordPageRequest: CompiledValidator<NonNullable<operations["DescribeManualTriggerRecordPage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeManualTriggerRecordPage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"TriggerName":{"t":"string"},"WorkflowKeyword":{"t":"string"},"Creator":{"t":"string"},"TriggerStartTime":{"t":"string"},"TriggerEndTime":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"TriggerId":{"t":"string"}}})));

/** DescribeManualTriggerRecordPage: what a client needs to send it. */
export const DescribeManualTriggerRecordPage: ActionRow<"DescribeManualTriggerRecordPage", NonNullable<operations["DescribeManualTriggerRecordPage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeManualTriggerRecordPage">> = {
  action: "DescribeManualTriggerRecordPage",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeManualTriggerRecordPageRequest,
};
