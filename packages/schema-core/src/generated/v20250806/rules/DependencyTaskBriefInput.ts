// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { DependencyStrategyTaskInput } from "./DependencyStrategyTaskInput.js";

export const DependencyTaskBriefInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","MainCyclicConfig"],"o":{"TaskId":{"t":"string"},"MainCyclicConfig":{"t":"string"},"SubordinateCyclicConfig":{"t":"string"},"Offset":{"t":"string"},"DependencyStrategy":DependencyStrategyTaskInput}}));
