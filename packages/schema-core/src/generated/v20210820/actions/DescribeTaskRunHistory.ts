// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { InstanceSearchCondition as ruleInstanceSearchCondition } from "../rules/InstanceSearchCondition.js";

/** Checks a DescribeTaskRunHistory request body against the spec before anything is sent. */
export const validateDescribeTaskRunHistoryRequest: CompiledValidator<NonNullable<operations["DescribeTaskRunHistory"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTaskRunHistory"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","SearchCondition","PageSize","PageNumber"],"o":{"ProjectId":{"t":"string"},"SearchCondition":ruleInstanceSearchCondition,"PageSize":{"t":"integer","min":0},"PageNumber":{"t":"integer","min":0}}})));

/** DescribeTaskRunHistory: what a client needs to send it. */
export const DescribeTaskRunHistory: ActionRow<"DescribeTaskRunHistory", NonNullable<operations["DescribeTaskRunHistory"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTaskRunHistory">> = {
  action: "DescribeTaskRunHistory",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTaskRunHistoryRequest,
};
