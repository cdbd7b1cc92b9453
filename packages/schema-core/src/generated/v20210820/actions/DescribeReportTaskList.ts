// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeReportTaskList request body against the spec before anything is sent. */
export const validateDescribeReportTaskListRequest: CompiledValidator<NonNullable<operations["DescribeReportTaskList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeReportTaskList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"PageNum":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"InstanceId":{"t":"string"},"JobId":{"t":"string"},"EngineTaskId":{"t":"string"},"ProductSource":{"t":"string"},"OnwerUid":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"}}})));

/** DescribeReportTaskList: what a client needs to send it. */
export const DescribeReportTaskList: ActionRow<"DescribeReportTaskList", NonNullable<operations["DescribeReportTaskList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeReportTaskList">> = {
  action: "DescribeReportTaskList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeReportTaskListRequest,
};
