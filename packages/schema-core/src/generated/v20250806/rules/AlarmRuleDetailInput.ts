// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { MonitorWhiteTask } from "./MonitorWhiteTask.js";
import { ProjectInstanceStatisticsAlarmInfo } from "./ProjectInstanceStatisticsAlarmInfo.js";
import { ReconciliationStrategyInfoInput } from "./ReconciliationStrategyInfoInput.js";
import { TimeOutStrategyInfoInput } from "./TimeOutStrategyInfoInput.js";

export const AlarmRuleDetailInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Trigger":{"t":"integer"},"DataBackfillOrRerunTrigger":{"t":"integer"},"TimeOutExtInfo":{"t":"array","i":TimeOutStrategyInfoInput},"DataBackfillOrRerunTimeOutExtInfo":{"t":"array","i":TimeOutStrategyInfoInput},"ProjectInstanceStatisticsAlarmInfoList":{"t":"array","i":ProjectInstanceStatisticsAlarmInfo},"ReconciliationExtInfo":{"t":"array","i":ReconciliationStrategyInfoInput},"MonitorWhiteTasks":{"t":"array","i":MonitorWhiteTask},"WorkflowCompletionTimeCycleExtInfo":{"t":"array","i":TimeOutStrategyInfoInput},"WorkflowExecutionTrigger":{"t":"integer"},"WorkflowExecutionFailureTrigger":{"t":"integer"},"WorkflowExecutionSuccessTrigger":{"t":"integer"}}}));
