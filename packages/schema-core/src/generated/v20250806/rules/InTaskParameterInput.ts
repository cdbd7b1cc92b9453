// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const InTaskParameterInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ParamKey","ParamDesc","FromTaskId","FromParamKey"],"o":{"ParamKey":{"t":"string"},"ParamDesc":{"t":"string"},"FromTaskId":{"t":"string"},"FromParamKey":{"t":"string"},"Type":{"t":"string"}}}));
