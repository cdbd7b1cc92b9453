// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { QualityCompareRuleItemInput } from "./QualityCompareRuleItemInput.js";

export const QualityCompareRuleInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Items"],"o":{"Items":{"t":"array","i":QualityCompareRuleItemInput},"CycleStep":{"t":"integer","min":0},"ComputeExpression":{"t":"string"}}}));
