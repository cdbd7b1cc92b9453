// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const WorkflowTriggerConfigInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TriggerMode":{"t":"string"},"ExtraInfo":{"t":"string"},"ScheduleTimeZone":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"ConfigMode":{"t":"string"},"CycleType":{"t":"string"},"CrontabExpression":{"t":"string"},"TriggerId":{"t":"string"},"FileArrivalPath":{"t":"string"},"SchedulerStatus":{"t":"string"},"FileNamePattern":{"t":"string"},"Recursive":{"t":"integer"},"TriggerMinimumIntervalSecond":{"t":"integer"},"TriggerWaitTimeSecond":{"t":"integer"}}}));
