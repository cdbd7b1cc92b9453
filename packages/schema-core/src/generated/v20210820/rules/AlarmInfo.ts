// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const AlarmInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskIds","AlarmType","AlarmWay","AlarmRecipient","AlarmRecipientId","Hours","Minutes","TriggerType"],"o":{"TaskIds":{"t":"string"},"AlarmType":{"t":"string"},"AlarmWay":{"t":"string"},"AlarmRecipient":{"t":"string"},"AlarmRecipientId":{"t":"string"},"Hours":{"t":"integer","min":0},"Minutes":{"t":"integer","min":0},"TriggerType":{"t":"integer","min":0},"AlarmId":{"t":"string"},"Status":{"t":"integer","min":0}}}));
