// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeEventCases request body against the spec before anything is sent. */
export const validateDescribeEventCasesRequest: CompiledValidator<NonNullable<operations["DescribeEventCases"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeEventCases"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","Category","PageNumber","PageSize"],"o":{"ProjectId":{"t":"string"},"Category":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"EventName":{"t":"string"},"EventSubType":{"t":"string"},"CreationTimeStart":{"t":"string"},"CreationTimeEnd":{"t":"string"},"EventTriggeredTimeStart":{"t":"string"},"EventTriggeredTimeEnd":{"t":"string"},"LogTimeStart":{"t":"string"},"LogTimeEnd":{"t":"string"},"Dimension":{"t":"string"},"TimeToLive":{"t":"string"},"SortItem":{"t":"string"},"SortType":{"t":"string"},"ConsumeCount":{"t":"string"}}})));

/** DescribeEventCases: what a client needs to send it. */
export const DescribeEventCases: ActionRow<"DescribeEventCases", NonNullable<operations["DescribeEventCases"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeEventCases">> = {
  action: "DescribeEventCases",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeEventCasesRequest,
};
