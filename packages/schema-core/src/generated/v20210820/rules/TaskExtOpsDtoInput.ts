// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { AttributeItemOpsDtoInput } from "./AttributeItemOpsDtoInput.js";
import { StrToStrMapInput } from "./StrToStrMapInput.js";

export const TaskExtOpsDtoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TaskId":{"t":"string"},"Properties":StrToStrMapInput,"DryRunExtAttributes":{"t":"array","i":AttributeItemOpsDtoInput},"DryRunParameter":{"t":"array","i":AttributeItemOpsDtoInput}}}));
