// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { LineagePropertyInput } from "./LineagePropertyInput.js";

export const LineageResouceInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ResourceUniqueId","ResourceType","Platform"],"o":{"ResourceUniqueId":{"t":"string"},"ResourceType":{"t":"string"},"Platform":{"t":"string"},"ResourceName":{"t":"string"},"Description":{"t":"string"},"CreateTime":{"t":"string"},"UpdateTime":{"t":"string"},"ResourceProperties":{"t":"array","i":LineagePropertyInput},"LineageNodeId":{"t":"string"}}}));
