// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { DependencyTriggerTaskBriefInput } from "./DependencyTriggerTaskBriefInput.js";
import { InTaskParameterInput } from "./InTaskParameterInput.js";
import { OutTaskParameterInput } from "./OutTaskParameterInput.js";
import { TaskDataRegistryInput } from "./TaskDataRegistryInput.js";

export const TriggerTaskSchedulerConfigurationInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"UpstreamDependencyConfigList":{"t":"array","i":DependencyTriggerTaskBriefInput},"RunPriorityType":{"t":"integer"},"RetryWaitMinute":{"t":"integer"},"MaxRetryNumber":{"t":"integer"},"ExecutionTTLMinute":{"t":"integer"},"WaitExecutionTotalTTLMinute":{"t":"integer"},"AllowRedoType":{"t":"string"},"ParamTaskOutList":{"t":"array","i":OutTaskParameterInput},"ParamTaskInList":{"t":"array","i":InTaskParameterInput},"TaskOutputRegistryList":{"t":"array","i":TaskDataRegistryInput},"DependencyTriggerPolicy":{"t":"string"},"AllowDownstreamDependency":{"t":"integer"},"ScheduleType":{"t":"integer"}}}));
