// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const ScheduleTimeZone: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"string","ps":"`UTC+8`, `UTC-5` or `UTC+5:30`: UTC, a sign, hours 0 to 14 and optional minutes","p":"^UTC[+-](?:[0-9]|1[0-4])(?::[0-5][0-9])?$"}));
