// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const QualityProdSchedulerTaskInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["WorkflowId","TaskId","TaskName"],"o":{"WorkflowId":{"t":"string"},"TaskId":{"t":"string"},"TaskName":{"t":"string"},"CycleType":{"t":"integer"},"TaskType":{"t":"string"},"ScheduleTimeZone":{"t":"string"},"InChargeIdList":{"t":"array","i":{"t":"string"}},"InChargeNameList":{"t":"array","i":{"t":"string"}},"TaskStatus":{"t":"string"}}}));
