// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { DependencyTaskBriefInput } from "./DependencyTaskBriefInput.js";
import { EventListenerInput } from "./EventListenerInput.js";
import { InTaskParameterInput } from "./InTaskParameterInput.js";
import { OutTaskParameterInput } from "./OutTaskParameterInput.js";
import { TaskDataRegistryInput } from "./TaskDataRegistryInput.js";

export const TaskSchedulerConfigurationInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"CycleType":{"t":"string"},"ScheduleTimeZone":{"t":"string"},"CrontabExpression":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"ExecutionStartTime":{"t":"string"},"ExecutionEndTime":{"t":"string"},"CalendarOpen":{"t":"string"},"CalendarId":{"t":"string"},"CalendarName":{"t":"string"},"SelfDepend":{"t":"string"},"UpstreamDependencyConfigList":{"t":"array","i":DependencyTaskBriefInput},"DownstreamDependencyConfigList":{"t":"array","i":DependencyTaskBriefInput},"EventListenerList":{"t":"array","i":EventListenerInput},"AllowRedoType":{"t":"string"},"ParamTaskOutList":{"t":"array","i":OutTaskParameterInput},"ParamTaskInList":{"t":"array","i":InTaskParameterInput},"TaskOutputRegistryList":{"t":"array","i":TaskDataRegistryInput},"InitStrategy":{"t":"string"},"ScheduleType":{"t":"integer"},"RunPriorityType":{"t":"integer"},"RetryWaitMinute":{"t":"integer"},"MaxRetryNumber":{"t":"integer"},"ExecutionTTLMinute":{"t":"integer"},"WaitExecutionTotalTTLMinute":{"t":"integer"},"DependencyTriggerPolicy":{"t":"string"},"AllowDownstreamDependency":{"t":"integer"}}}));
