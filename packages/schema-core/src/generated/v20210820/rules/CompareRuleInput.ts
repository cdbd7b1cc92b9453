// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { CompareRuleItemInput } from "./CompareRuleItemInput.js";

export const CompareRuleInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Items":{"t":"array","i":CompareRuleItemInput},"CycleStep":{"t":"integer","min":0},"ComputeExpression":{"t":"string"}}}));
