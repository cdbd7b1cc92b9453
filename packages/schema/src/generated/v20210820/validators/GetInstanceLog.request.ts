// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { createRequestValidator } from "../../../request-rules.js";
import type { operations } from "../types.js";

/** Checks a GetInstanceLog request body against the spec before anything is sent. */
export const validateGetInstanceLogRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetInstanceLog"]["requestBody"]>["content"]["application/json"]>({"t":"object","x":1,"r":["ProjectId","InstanceKey","LifeRoundNum"],"o":{"ProjectId":{"t":"string","p":"^[0-9]+$","ex":"1460947878944567296"},"InstanceKey":{"t":"string","p":"^[0-9]+_[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]) (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$","ex":"20250326150742906_2025-03-28 00:00:00"},"LifeRoundNum":{"t":"integer","min":0},"ScheduleTimeZone":{"t":"string","p":"^UTC[+-](?:[0-9]|1[0-4])(?::[0-5][0-9])?$","ex":"UTC+6"},"BrokerIp":{"t":"string"},"OriginFileName":{"t":"string"},"ExecutionJobId":{"t":"string"},"LogLevel":{"t":"string","e":["Info","Debug","Warn","Error","All"]},"StartLineNum":{"t":"integer","min":1},"EndLineCount":{"t":"integer","min":1},"ExtInfo":{"t":"string"}}});
