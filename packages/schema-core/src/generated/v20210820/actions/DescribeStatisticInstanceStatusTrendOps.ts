// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeStatisticInstanceStatusTrendOps request body against the spec before anything is sent. */
export const validateDescribeStatisticInstanceStatusTrendOpsRequest: CompiledValidator<NonNullable<operations["DescribeStatisticInstanceStatusTrendOps"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeStatisticInstanceStatusTrendOps"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"TaskTypeId":{"t":"string"},"TimeType":{"t":"string"},"TypeName":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"ExecutionGroupId":{"t":"string"},"ExecutionGroupName":{"t":"string"},"InCharge":{"t":"string"},"TaskType":{"t":"integer"},"StateList":{"t":"array","i":{"t":"integer"}},"AggregationUnit":{"t":"string"},"AverageWindowSize":{"t":"integer"},"WorkflowId":{"t":"string"},"ProjectIds":{"t":"array","i":{"t":"string"}},"TimePoint":{"t":"integer","min":0}}})));

/** DescribeStatisticInstanceStatusTrendOps: what a client needs to send it. */
export const DescribeStatisticInstanceStatusTrendOps: ActionRow<"DescribeStatisticInstanceStatusTrendOps", NonNullable<operations["DescribeStatisticInstanceStatusTrendOps"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeStatisticInstanceStatusTrendOps">> = {
  action: "DescribeStatisticInstanceStatusTrendOps",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeStatisticInstanceStatusTrendOpsRequest,
};
