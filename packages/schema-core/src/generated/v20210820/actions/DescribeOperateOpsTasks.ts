// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TaskTag as ruleTaskTag } from "../rules/TaskTag.js";

/** Checks a DescribeOperateOpsTasks request body against the spec before anything is sent. */
export const validateDescribeOperateOpsTasksRequest: CompiledValidator<NonNullable<operations["DescribeOperateOpsTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeOperateOpsTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"FolderIdList":{"t":"string"},"WorkFlowIdList":{"t":"string"},"WorkFlowNameList":{"t":"string"},"TaskNameList":{"t":"string"},"TaskIdList":{"t":"string"},"PageNumber":{"t":"string"},"PageSize":{"t":"string"},"SortItem":{"t":"string"},"SortType":{"t":"string"},"InChargeList":{"t":"string"},"TaskTypeIdList":{"t":"string"},"StatusList":{"t":"string"},"TaskCycleUnitList":{"t":"string"},"ProductNameList":{"t":"string"},"SourceServiceId":{"t":"string"},"SourceServiceType":{"t":"string"},"TargetServiceId":{"t":"string"},"TargetServiceType":{"t":"string"},"AlarmType":{"t":"string"},"ExecutorGroupIdList":{"t":"string"},"TaskTags":{"t":"array","i":ruleTaskTag},"KeyWord":{"t":"string"},"InitStrategy":{"t":"string"},"RequestResourceTypes":{"t":"array","i":{"t":"string"}},"ProjectIds":{"t":"array","i":{"t":"string"}},"BlackTaskIdList":{"t":"array","i":{"t":"string"}},"ScheduleTimeZone":{"t":"string"},"RunPriorityList":{"t":"array","i":{"t":"integer"}},"IncludeManualTask":{"t":"string"},"CheckPrivilege":{"t":"boolean"}}})));

/** DescribeOperateOpsTasks: what a client needs to send it. */
export const DescribeOperateOpsTasks: ActionRow<"DescribeOperateOpsTasks", NonNullable<operations["DescribeOperateOpsTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeOperateOpsTasks">> = {
  action: "DescribeOperateOpsTasks",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeOperateOpsTasksRequest,
};
