// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { ParamMapDsDtoInput } from "./ParamMapDsDtoInput.js";

export const TaskFormParamsInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TaskId":{"t":"string"},"MapParamList":{"t":"array","i":ParamMapDsDtoInput},"WorkflowId":{"t":"string"},"WorkflowName":{"t":"string"},"InChargeId":{"t":"string"},"InCharge":{"t":"string"},"TaskName":{"t":"string"},"ProductName":{"t":"string"},"LatestSavedVersion":{"t":"string"},"LatestSavedVersionId":{"t":"string"},"Status":{"t":"string"}}}));
