// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";

/** Checks a DescribeTableInfoList request body against the spec before anything is sent. */
export const validateDescribeTableInfoListRequest: CompiledValidator<NonNullable<operations["DescribeTableInfoList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTableInfoList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Filters","ConnectionType","Catalog"],"o":{"Filters":{"t":"array","i":ruleFilter},"ConnectionType":{"t":"string"},"Catalog":{"t":"string"}}})));

/** DescribeTableInfoList: what a client needs to send it. */
export const DescribeTableInfoList: ActionRow<"DescribeTableInfoList", NonNullable<operations["DescribeTableInfoList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTableInfoList">> = {
  action: "DescribeTableInfoList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeTableInfoListRequest,
};
