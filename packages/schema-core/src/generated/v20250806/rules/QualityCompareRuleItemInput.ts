// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { QualityThresholdValueInput } from "./QualityThresholdValueInput.js";

export const QualityCompareRuleItemInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"CompareType":{"t":"integer","min":0},"Operator":{"t":"string"},"ValueComputeType":{"t":"integer","min":0},"ValueList":{"t":"array","i":QualityThresholdValueInput}}}));
