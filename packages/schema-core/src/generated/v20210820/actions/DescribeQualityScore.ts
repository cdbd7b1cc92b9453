// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";

/** Checks a DescribeQualityScore request body against the spec before anything is sent. */
export const validateDescribeQualityScoreRequest: CompiledValidator<NonNullable<operations["DescribeQualityScore"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeQualityScore"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["StatisticsDate","ProjectId"],"o":{"StatisticsDate":{"t":"integer"},"ProjectId":{"t":"string"},"DatasourceId":{"t":"string"},"ScoreType":{"t":"string"},"Filters":{"t":"array","i":ruleFilter}}})));

/** DescribeQualityScore: what a client needs to send it. */
export const DescribeQualityScore: ActionRow<"DescribeQualityScore", NonNullable<operations["DescribeQualityScore"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeQualityScore">> = {
  action: "DescribeQualityScore",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeQualityScoreRequest,
};
