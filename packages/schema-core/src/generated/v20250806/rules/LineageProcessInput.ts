// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { LineagePropertyInput } from "./LineagePropertyInput.js";

export const LineageProcessInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProcessId","ProcessType","Platform"],"o":{"ProcessId":{"t":"string"},"ProcessType":{"t":"string"},"Platform":{"t":"string"},"ProcessSubType":{"t":"string"},"ProcessProperties":{"t":"array","i":LineagePropertyInput},"LineageNodeId":{"t":"string"}}}));
