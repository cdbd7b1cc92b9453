// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTaskByStatusReport request body against the spec before anything is sent. */
export const validateDescribeTaskByStatusReportRequest: CompiledValidator<NonNullable<operations["DescribeTaskByStatusReport"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTaskByStatusReport"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"Type":{"t":"string"},"TaskType":{"t":"string"},"TypeName":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"AggregationUnit":{"t":"string"},"CycleUnit":{"t":"string"},"Status":{"t":"string"},"InCharge":{"t":"string"},"WorkflowId":{"t":"string"},"ProjectIds":{"t":"array","i":{"t":"string"}}}})));

/** DescribeTaskByStatusReport: what a client needs to send it. */
export const DescribeTaskByStatusReport: ActionRow<"DescribeTaskByStatusReport", NonNullable<operations["DescribeTaskByStatusReport"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTaskByStatusReport">> = {
  action: "DescribeTaskByStatusReport",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTaskByStatusReportRequest,
};
