// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTableScoreTrend request body against the spec before anything is sent. */
export const validateDescribeTableScoreTrendRequest: CompiledValidator<NonNullable<operations["DescribeTableScoreTrend"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTableScoreTrend"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","StatisticsStartDate","StatisticsEndDate","TableId"],"o":{"ProjectId":{"t":"string"},"StatisticsStartDate":{"t":"integer"},"StatisticsEndDate":{"t":"integer"},"TableId":{"t":"string"},"ScoreType":{"t":"string"}}})));

/** DescribeTableScoreTrend: what a client needs to send it. */
export const DescribeTableScoreTrend: ActionRow<"DescribeTableScoreTrend", NonNullable<operations["DescribeTableScoreTrend"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTableScoreTrend">> = {
  action: "DescribeTableScoreTrend",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTableScoreTrendRequest,
};
