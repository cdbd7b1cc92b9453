// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const ComputeConfigMapping: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TaskTypeId":{"t":"integer"},"ComputeConfigItem":{"t":"string"},"TaskIds":{"t":"array","i":{"t":"string"}},"SourceValue":{"t":"string"},"TargetValue":{"t":"string"}}}));
