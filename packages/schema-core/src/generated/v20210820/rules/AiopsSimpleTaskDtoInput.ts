// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const AiopsSimpleTaskDtoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TaskId":{"t":"string"},"TaskName":{"t":"string"},"Status":{"t":"string"},"CycleType":{"t":"string"},"Creator":{"t":"string"},"WorkflowId":{"t":"string"},"WorkflowName":{"t":"string"},"ProjectId":{"t":"string"},"ProjectIdent":{"t":"string"},"ProjectName":{"t":"string"},"ConfigType":{"t":"string"},"TimeDimension":{"t":"string"},"InstanceScope":{"t":"string"},"ExectuorPolicy":{"t":"string"}}}));
