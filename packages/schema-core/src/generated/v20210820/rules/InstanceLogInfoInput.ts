// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { AttributeItemDTOInput } from "./AttributeItemDTOInput.js";

export const InstanceLogInfoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TaskId":{"t":"string"},"CurRunDate":{"t":"string"},"Tries":{"t":"string"},"LastUpdate":{"t":"string"},"BrokerIp":{"t":"string"},"FileSize":{"t":"string"},"OriginFileName":{"t":"string"},"CreateTime":{"t":"string"},"InstanceLogType":{"t":"string"},"TaskName":{"t":"string"},"CostTime":{"t":"string"},"InstanceStatus":{"t":"string"},"CodeFileName":{"t":"string"},"ExtensionInfo":{"t":"array","i":AttributeItemDTOInput},"ExecutionJobId":{"t":"string"}}}));
