// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { ParamInfoDs } from "./ParamInfoDs.js";

export const AiOpsEventListenerDTOInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"EventName":{"t":"string"},"CreateTime":{"t":"string"},"ProjectDisplayName":{"t":"string"},"EventSubType":{"t":"string"},"ProjectId":{"t":"string"},"PropertiesList":{"t":"array","i":ParamInfoDs},"EventBroadcastType":{"t":"string"},"ProducerTaskId":{"t":"string"},"Dimension":{"t":"string"},"Status":{"t":"string"},"EventTriggerTs":{"t":"string"},"CaseId":{"t":"string"}}}));
