// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeStreamTaskLogList request body against the spec before anything is sent. */
export const validateDescribeStreamTaskLogListRequest: CompiledValidator<NonNullable<operations["DescribeStreamTaskLogList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeStreamTaskLogList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId","JobId","EndTime","StartTime"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"JobId":{"t":"string"},"EndTime":{"t":"integer","min":0},"StartTime":{"t":"integer","min":0},"Container":{"t":"string"},"Limit":{"t":"integer","min":0},"OrderType":{"t":"string"},"RunningOrderId":{"t":"integer","min":0},"Keyword":{"t":"string"},"JobType":{"t":"string"},"Context":{"t":"string"}}})));

/** DescribeStreamTaskLogList: what a client needs to send it. */
export const DescribeStreamTaskLogList: ActionRow<"DescribeStreamTaskLogList", NonNullable<operations["DescribeStreamTaskLogList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeStreamTaskLogList">> = {
  action: "DescribeStreamTaskLogList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeStreamTaskLogListRequest,
};
