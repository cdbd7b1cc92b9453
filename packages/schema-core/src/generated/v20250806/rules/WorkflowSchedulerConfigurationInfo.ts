// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const WorkflowSchedulerConfigurationInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ScheduleTimeZone","CycleType","SelfDepend","StartTime","EndTime","CrontabExpression"],"o":{"ScheduleTimeZone":{"t":"string"},"CycleType":{"t":"string"},"SelfDepend":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"CrontabExpression":{"t":"string"},"DependencyWorkflow":{"t":"string"},"ModifyCycleValue":{"t":"string"},"ClearLink":{"t":"boolean"},"MainCyclicConfig":{"t":"string"},"SubordinateCyclicConfig":{"t":"string"},"ExecutionStartTime":{"t":"string"},"ExecutionEndTime":{"t":"string"},"CalendarOpen":{"t":"string"},"CalendarId":{"t":"string"}}}));
