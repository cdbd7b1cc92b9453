// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { AlarmQuietInterval } from "./AlarmQuietInterval.js";

export const NotificationFatigueInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"NotifyCount":{"t":"integer","min":0},"NotifyInterval":{"t":"integer","min":0},"QuietIntervals":{"t":"array","i":AlarmQuietInterval}}}));
