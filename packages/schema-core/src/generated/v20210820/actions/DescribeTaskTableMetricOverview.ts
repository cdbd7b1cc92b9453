// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";
import { OrderFields as ruleOrderFields } from "../rules/OrderFields.js";

/** Checks a DescribeTaskTableMetricOverview request body against the spec before anything is sent. */
export const validateDescribeTaskTableMetricOverviewRequest: CompiledValidator<NonNullable<operations["DescribeTaskTableMetricOverview"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTaskTableMetricOverview"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","NodeType","PageNumber","PageSize","ProjectId"],"o":{"TaskId":{"t":"string"},"NodeType":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"ProjectId":{"t":"string"},"TaskType":{"t":"integer"},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderFields}}})));

/** DescribeTaskTableMetricOverview: what a client needs to send it. */
export const DescribeTaskTableMetricOverview: ActionRow<"DescribeTaskTableMetricOverview", NonNullable<operations["DescribeTaskTableMetricOverview"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTaskTableMetricOverview">> = {
  action: "DescribeTaskTableMetricOverview",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeTaskTableMetricOverviewRequest,
};
