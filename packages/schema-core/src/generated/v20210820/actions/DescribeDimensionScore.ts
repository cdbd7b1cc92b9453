// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";

/** Checks a DescribeDimensionScore request body against the spec before anything is sent. */
export const validateDescribeDimensionScoreRequest: CompiledValidator<NonNullable<operations["DescribeDimensionScore"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeDimensionScore"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["StatisticsDate","ProjectId"],"o":{"StatisticsDate":{"t":"integer"},"ProjectId":{"t":"string"},"DatasourceId":{"t":"string"},"Filters":{"t":"array","i":ruleFilter}}})));

/** DescribeDimensionScore: what a client needs to send it. */
export const DescribeDimensionScore: ActionRow<"DescribeDimensionScore", NonNullable<operations["DescribeDimensionScore"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeDimensionScore">> = {
  action: "DescribeDimensionScore",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeDimensionScoreRequest,
};
