// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { QuietPeriodInput } from "./QuietPeriodInput.js";

export const AlarmReceiverGroupInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"AlarmRecipientType":{"t":"integer","min":0},"AlarmRecipientId":{"t":"string"},"AlarmRecipientName":{"t":"string"},"AlarmWay":{"t":"string"},"QuietPeriods":{"t":"array","i":QuietPeriodInput},"AlarmMessageRule":{"t":"string"}}}));
