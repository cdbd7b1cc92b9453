// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { LineageProcessInput } from "./LineageProcessInput.js";
import { LineageResouceInput } from "./LineageResouceInput.js";

export const LineagePairInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Source","Target","Processes"],"o":{"Source":LineageResouceInput,"Target":LineageResouceInput,"Processes":{"t":"array","i":LineageProcessInput}}}));
