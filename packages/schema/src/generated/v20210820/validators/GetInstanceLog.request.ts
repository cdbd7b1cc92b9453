// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { createRequestValidator } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { InstanceKey, ProjectId, ScheduleTimeZone } from "./shared-rules.js";

/** Checks a GetInstanceLog request body against the spec before anything is sent. */
export const validateGetInstanceLogRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetInstanceLog"]["requestBody"]>["content"]["application/json"]>({"t":"object","x":1,"r":["ProjectId","InstanceKey","LifeRoundNum"],"o":{"ProjectId":ProjectId,"InstanceKey":InstanceKey,"LifeRoundNum":{"t":"integer","min":0},"ScheduleTimeZone":ScheduleTimeZone,"BrokerIp":{"t":"string"},"OriginFileName":{"t":"string"},"ExecutionJobId":{"t":"string"},"LogLevel":{"t":"string","e":["Info","Debug","Warn","Error","All"]},"StartLineNum":{"t":"integer","min":1},"EndLineCount":{"t":"integer","min":1},"ExtInfo":{"t":"string"}}});
