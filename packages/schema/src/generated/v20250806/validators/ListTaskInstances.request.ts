// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { createRequestValidator } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { ProjectId, TimeFilter, TimeZone } from "./shared-rules.js";

/** Checks a ListTaskInstances request body against the spec before anything is sent. */
export const validateListTaskInstancesRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListTaskInstances"]["requestBody"]>["content"]["application/json"]>({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":ProjectId,"PageNumber":{"t":"integer","min":1},"PageSize":{"t":"integer","min":1,"max":100},"Keyword":{"t":"string"},"TimeZone":TimeZone,"InstanceType":{"t":"integer","min":0},"InstanceState":{"t":"string"},"TaskTypeId":{"t":"integer","min":0},"CycleType":{"t":"string"},"OwnerUin":{"t":"string"},"FolderId":{"t":"string"},"WorkflowId":{"t":"string"},"ExecutorGroupId":{"t":"string"},"ScheduleTimeFrom":TimeFilter,"ScheduleTimeTo":TimeFilter,"StartTimeFrom":TimeFilter,"StartTimeTo":TimeFilter,"LastUpdateTimeFrom":TimeFilter,"LastUpdateTimeTo":TimeFilter,"SortColumn":{"t":"string","e":["SCHEDULE_DATE","START_TIME","END_TIME","COST_TIME"]},"SortType":{"t":"string","e":["ASC","DESC"]}}});
