// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const TimeOutStrategyInfoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RuleType":{"t":"integer"},"Type":{"t":"integer"},"Hour":{"t":"integer","min":0},"Min":{"t":"integer"},"ScheduleTimeZone":{"t":"string"},"Second":{"t":"integer"},"Times":{"t":"integer"},"AlarmTriggerFrequency":{"t":"integer"}}}));
