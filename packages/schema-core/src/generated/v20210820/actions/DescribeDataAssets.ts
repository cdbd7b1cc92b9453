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

/** Checks a DescribeDataAssets request body against the spec before anything is sent. */
export const validateDescribeDataAssetsRequest: CompiledValidator<NonNullable<operations["DescribeDataAssets"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeDataAssets"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RequestFromSource":{"t":"string"},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderField},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"}}})));

/** DescribeDataAssets: what a client needs to send it. */
export const DescribeDataAssets: ActionRow<"DescribeDataAssets", NonNullable<operations["DescribeDataAssets"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeDataAssets">> = {
  action: "DescribeDataAssets",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeDataAssetsRequest,
};
