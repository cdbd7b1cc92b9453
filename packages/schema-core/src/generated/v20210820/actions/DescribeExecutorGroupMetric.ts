// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeExecutorGroupMetric request body against the spec before anything is sent. */
export const validateDescribeExecutorGroupMetricRequest: CompiledValidator<NonNullable<operations["DescribeExecutorGroupMetric"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeExecutorGroupMetric"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ExecutorGroupId"],"o":{"ExecutorGroupId":{"t":"string"},"TrendStartTime":{"t":"integer"},"TrendEndTime":{"t":"integer"},"ExecutorGroupType":{"t":"string"},"ExecutorResourceType":{"t":"string"},"LoaderId":{"t":"string"},"MetricType":{"t":"string"},"Granularity":{"t":"integer"}}})));

/** DescribeExecutorGroupMetric: what a client needs to send it. */
export const DescribeExecutorGroupMetric: ActionRow<"DescribeExecutorGroupMetric", NonNullable<operations["DescribeExecutorGroupMetric"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeExecutorGroupMetric">> = {
  action: "DescribeExecutorGroupMetric",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeExecutorGroupMetricRequest,
};
