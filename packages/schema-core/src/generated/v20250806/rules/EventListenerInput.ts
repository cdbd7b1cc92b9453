// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { ParamInfo } from "./ParamInfo.js";

export const EventListenerInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["EventName","EventSubType","EventBroadcastType"],"o":{"EventName":{"t":"string"},"EventSubType":{"t":"string"},"EventBroadcastType":{"t":"string"},"PropertiesList":{"t":"array","i":ParamInfo}}}));
