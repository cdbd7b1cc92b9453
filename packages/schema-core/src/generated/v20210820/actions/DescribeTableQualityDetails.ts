// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";
import { OrderField as ruleOrderField } from "../rules/OrderField.js";

/** Checks a DescribeTableQualityDetails request body against the spec before anything is sent. */
export const validateDescribeTableQualityDetailsRequest: CompiledValidator<NonNullable<operations["DescribeTableQualityDetails"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTableQualityDetails"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["StatisticsDate","ProjectId","PageNumber","PageSize"],"o":{"StatisticsDate":{"t":"integer"},"ProjectId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderField},"DatasourceId":{"t":"string"},"ScoreType":{"t":"string"}}})));

/** DescribeTableQualityDetails: what a client needs to send it. */
export const DescribeTableQualityDetails: ActionRow<"DescribeTableQualityDetails", NonNullable<operations["DescribeTableQualityDetails"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTableQualityDetails">> = {
  action: "DescribeTableQualityDetails",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTableQualityDetailsRequest,
};
