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

/** Checks a DescribeTablePartitions request body against the spec before anything is sent. */
export const validateDescribeTablePartitionsRequest: CompiledValidator<NonNullable<operations["DescribeTablePartitions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTablePartitions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TableId"],"o":{"TableId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"FilterSet":{"t":"array","i":ruleFilter},"OrderFieldSet":{"t":"array","i":ruleOrderField}}})));

/** DescribeTablePartitions: what a client needs to send it. */
export const DescribeTablePartitions: ActionRow<"DescribeTablePartitions", NonNullable<operations["DescribeTablePartitions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTablePartitions">> = {
  action: "DescribeTablePartitions",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeTablePartitionsRequest,
};
