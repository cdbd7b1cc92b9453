// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ProjectId as ruleProjectId } from "../rules/ProjectId.js";
import { ScheduleTimeZone as ruleScheduleTimeZone } from "../rules/ScheduleTimeZone.js";
import { TimeFilter as ruleTimeFilter } from "../rules/TimeFilter.js";

/** Checks a ListInstances request body against the spec before anything is sent. */
export const validateListInstancesRequest: CompiledValidator<NonNullable<operations["ListInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ScheduleTimeFrom","ScheduleTimeTo"],"o":{"ProjectId":ruleProjectId,"ScheduleTimeFrom":ruleTimeFilter,"ScheduleTimeTo":ruleTimeFilter,"PageNumber":{"t":"integer","min":1},"PageSize":{"t":"integer","min":1,"max":200},"SortColumn":{"t":"string","e":["SCHEDULE_DATE","START_TIME","END_TIME","COST_TIME"]},"SortType":{"t":"string","e":["ASC","DESC"]},"InstanceType":{"t":"integer","min":0,"e":[0,1,2]},"InstanceStateList":{"t":"array","i":{"t":"integer","min":0,"e":[0,1,2,3,4,5,6,7,8,9,10,12,13,18,19,21,22]}},"TaskTypeIdList":{"t":"array","i":{"t":"integer","min":0}},"TaskCycleList":{"t":"array","i":{"t":"string","e":["O","Y","M","W","D","H","I","C"]}},"Keyword":{"t":"string"},"InChargeList":{"t":"array","i":{"t":"string"}},"TaskFolderIdList":{"t":"array","i":{"t":"string"}},"WorkflowIdList":{"t":"array","i":{"t":"string"}},"ExecutorGroupIdList":{"t":"array","i":{"t":"string"}},"StartTimeFrom":ruleTimeFilter,"StartTimeTo":ruleTimeFilter,"ScheduleTimeZone":ruleScheduleTimeZone,"LastUpdateTimeFrom":ruleTimeFilter,"LastUpdateTimeTo":ruleTimeFilter}})));

/** ListInstances: what a client needs to send it. */
export const ListInstances: ActionRow<"ListInstances", NonNullable<operations["ListInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListInstances">> = {
  action: "ListInstances",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListInstancesRequest,
};
