// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeIntegrationStatisticsTaskStatusTrend request body against the spec before anything is sent. */
export const validateDescribeIntegrationStatisticsTaskStatusTrendRequest: CompiledValidator<NonNullable<operations["DescribeIntegrationStatisticsTaskStatusTrend"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeIntegrationStatisticsTaskStatusTrend"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskType","ProjectId"],"o":{"TaskType":{"t":"integer"},"ProjectId":{"t":"string"},"QueryDate":{"t":"string"},"ExecutorGroupId":{"t":"string"}}})));

/** DescribeIntegrationStatisticsTaskStatusTrend: what a client needs to send it. */
export const DescribeIntegrationStatisticsTaskStatusTrend: ActionRow<"DescribeIntegrationStatisticsTaskStatusTrend", NonNullable<operations["DescribeIntegrationStatisticsTaskStatusTrend"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeIntegrationStatisticsTaskStatusTrend">> = {
  action: "DescribeIntegrationStatisticsTaskStatusTrend",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeIntegrationStatisticsTaskStatusTrendRequest,
};
