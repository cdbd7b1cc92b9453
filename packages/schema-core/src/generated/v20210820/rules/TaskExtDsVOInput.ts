// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { AttributeItemDsVOInput } from "./AttributeItemDsVOInput.js";
import { ParamInfoDs } from "./ParamInfoDs.js";

export const TaskExtDsVOInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TaskId":{"t":"string"},"Properties":{"t":"array","i":ParamInfoDs},"DryRunExtAttributes":{"t":"array","i":AttributeItemDsVOInput},"DryRunParameter":{"t":"array","i":AttributeItemDsVOInput}}}));
