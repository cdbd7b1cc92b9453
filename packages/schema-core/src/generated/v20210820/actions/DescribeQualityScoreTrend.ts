// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";

/** Checks a DescribeQualityScoreTrend request body against the spec before anything is sent. */
export const validateDescribeQualityScoreTrendRequest: CompiledValidator<NonNullable<operations["DescribeQualityScoreTrend"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeQualityScoreTrend"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["StatisticsStartDate","StatisticsEndDate","ProjectId"],"o":{"StatisticsStartDate":{"t":"integer"},"StatisticsEndDate":{"t":"integer"},"ProjectId":{"t":"string"},"DatasourceId":{"t":"string"},"ScoreType":{"t":"string"},"Filters":{"t":"array","i":ruleFilter}}})));

/** DescribeQualityScoreTrend: what a client needs to send it. */
export const DescribeQualityScoreTrend: ActionRow<"DescribeQualityScoreTrend", NonNullable<operations["DescribeQualityScoreTrend"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeQualityScoreTrend">> = {
  action: "DescribeQualityScoreTrend",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeQualityScoreTrendRequest,
};
