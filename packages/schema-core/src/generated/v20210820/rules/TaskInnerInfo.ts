// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const TaskInnerInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId"],"o":{"TaskId":{"t":"string"},"TaskName":{"t":"string"},"WorkflowId":{"t":"string"},"CycleType":{"t":"integer"},"VirtualTaskId":{"t":"string"},"VirtualFlag":{"t":"boolean"},"RealWorkflowId":{"t":"string"},"CycleStep":{"t":"integer"},"TaskAction":{"t":"string"},"DependencyRel":{"t":"string"},"DependencyWorkflow":{"t":"string"}}}));
