// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { InstanceCondition } from "./InstanceCondition.js";

export const InstanceSearchCondition: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"CycleList":{"t":"array","i":{"t":"string"}},"DateFrom":{"t":"string"},"DateTo":{"t":"string"},"Instance":InstanceCondition,"Keyword":{"t":"string"},"Sort":{"t":"string"},"SortCol":{"t":"string"},"StateList":{"t":"array","i":{"t":"string"}}}}));
