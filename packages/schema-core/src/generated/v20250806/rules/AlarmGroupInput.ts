// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { AlarmWayWebHook } from "./AlarmWayWebHook.js";
import { NotificationFatigueInput } from "./NotificationFatigueInput.js";

export const AlarmGroupInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"AlarmEscalationRecipientIds":{"t":"array","i":{"t":"string"}},"AlarmEscalationInterval":{"t":"integer"},"NotificationFatigue":NotificationFatigueInput,"AlarmWays":{"t":"array","i":{"t":"string"}},"WebHooks":{"t":"array","i":AlarmWayWebHook},"AlarmRecipientType":{"t":"integer"},"AlarmRecipientIds":{"t":"array","i":{"t":"string"}}}}));
