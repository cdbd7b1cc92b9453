// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeOpsWorkflows request body against the spec before anything is sent. */
export const validateDescribeOpsWorkflowsRequest: CompiledValidator<NonNullable<operations["DescribeOpsWorkflows"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeOpsWorkflows"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"ProductNameList":{"t":"string"},"FolderIdList":{"t":"string"},"WorkFlowIdList":{"t":"string"},"WorkFlowNameList":{"t":"string"},"TaskNameList":{"t":"string"},"TaskIdList":{"t":"string"},"StatusList":{"t":"string"},"InChargeList":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"SortItem":{"t":"string"},"SortType":{"t":"string"},"ProjectIds":{"t":"array","i":{"t":"string"}},"WorkflowTypeList":{"t":"array","i":{"t":"string"}},"KeyWord":{"t":"string"},"ScheduleTimeZone":{"t":"string"},"CheckPrivilege":{"t":"boolean"}}})));

/** DescribeOpsWorkflows: what a client needs to send it. */
export const DescribeOpsWorkflows: ActionRow<"DescribeOpsWorkflows", NonNullable<operations["DescribeOpsWorkflows"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeOpsWorkflows">> = {
  action: "DescribeOpsWorkflows",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeOpsWorkflowsRequest,
};
