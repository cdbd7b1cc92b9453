// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ProjectId as ruleProjectId } from "../rules/ProjectId.js";
import { TimeFilter as ruleTimeFilter } from "../rules/TimeFilter.js";
import { TimeZone as ruleTimeZone } from "../rules/TimeZone.js";

/** Checks a ListTaskInstances request body against the spec before anything is sent. */
export const validateListTaskInstancesRequest: CompiledValidator<NonNullable<operations["ListTaskInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListTaskInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":ruleProjectId,"PageNumber":{"t":"integer","min":1},"PageSize":{"t":"integer","min":1,"max":100},"Keyword":{"t":"string"},"TimeZone":ruleTimeZone,"InstanceType":{"t":"integer","min":0,"e":[0,1,2]},"InstanceState":{"t":"string","e":["WAIT_EVENT","WAIT_UPSTREAM","WAIT_RUN","RUNNING","SKIP_RUNNING","FAILED_RETRY","EXPIRED","COMPLETED"]},"TaskTypeId":{"t":"integer","min":0},"CycleType":{"t":"string","e":["ONEOFF_CYCLE","YEAR_CYCLE","MONTH_CYCLE","WEEK_CYCLE","DAY_CYCLE","HOUR_CYCLE","MINUTE_CYCLE","CRONTAB_CYCLE"]},"OwnerUin":{"t":"string"},"FolderId":{"t":"string"},"WorkflowId":{"t":"string"},"ExecutorGroupId":{"t":"string"},"ScheduleTimeFrom":ruleTimeFilter,"ScheduleTimeTo":ruleTimeFilter,"StartTimeFrom":ruleTimeFilter,"StartTimeTo":ruleTimeFilter,"LastUpdateTimeFrom":ruleTimeFilter,"LastUpdateTimeTo":ruleTimeFilter,"SortColumn":{"t":"string","e":["SCHEDULE_DATE","START_TIME","END_TIME","COST_TIME"]},"SortType":{"t":"string","e":["ASC","DESC"]}}})));

/** ListTaskInstances: what a client needs to send it. */
export const ListTaskInstances: ActionRow<"ListTaskInstances", NonNullable<operations["ListTaskInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListTaskInstances">> = {
  action: "ListTaskInstances",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListTaskInstancesRequest,
};
