// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { OrderCondition as ruleOrderCondition } from "../rules/OrderCondition.js";

/** Checks a DescribeTestRunningRecord request body against the spec before anything is sent. */
export const validateDescribeTestRunningRecordRequest: CompiledValidator<NonNullable<operations["DescribeTestRunningRecord"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTestRunningRecord"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"SearchWord":{"t":"string"},"SearchUserUin":{"t":"string"},"CreateTime":{"t":"string"},"EndTime":{"t":"string"},"RecordIdList":{"t":"array","i":{"t":"integer"}},"PageSize":{"t":"integer"},"PageIndex":{"t":"integer"},"StatusList":{"t":"array","i":{"t":"string"}},"OrderConditionList":{"t":"array","i":ruleOrderCondition}}})));

/** DescribeTestRunningRecord: what a client needs to send it. */
export const DescribeTestRunningRecord: ActionRow<"DescribeTestRunningRecord", NonNullable<operations["DescribeTestRunningRecord"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTestRunningRecord">> = {
  action: "DescribeTestRunningRecord",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTestRunningRecordRequest,
};
