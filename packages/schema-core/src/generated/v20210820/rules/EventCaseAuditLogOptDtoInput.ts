// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const EventCaseAuditLogOptDtoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"CaseId":{"t":"string"},"EventName":{"t":"string"},"EventType":{"t":"string"},"EventSubType":{"t":"string"},"EventBroadcastType":{"t":"string"},"TTL":{"t":"integer","min":0},"TimeUnit":{"t":"string"},"Dimension":{"t":"string"},"Status":{"t":"string"},"EventTriggerTimestamp":{"t":"string"},"LogTimestamp":{"t":"string"},"Description":{"t":"string"},"ConsumeCount":{"t":"integer"}}}));
