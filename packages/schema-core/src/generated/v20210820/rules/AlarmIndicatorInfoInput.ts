// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const AlarmIndicatorInfoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Id":{"t":"string"},"AlarmIndicator":{"t":"integer","min":0},"AlarmIndicatorDesc":{"t":"string"},"TriggerType":{"t":"integer","min":0},"EstimatedTime":{"t":"integer","min":0},"Operator":{"t":"integer","min":0},"AlarmIndicatorUnit":{"t":"string"},"Duration":{"t":"integer"},"DurationUnit":{"t":"string"},"MaxTimes":{"t":"integer"},"Threshold":{"t":"number"},"IndicatorTimeRangeUnit":{"t":"string"},"IndicatorTimeRangeValue":{"t":"integer"}}}));
