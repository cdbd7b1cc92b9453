// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { InstanceKey as ruleInstanceKey } from "../rules/InstanceKey.js";
import { ProjectId as ruleProjectId } from "../rules/ProjectId.js";
import { ScheduleTimeZone as ruleScheduleTimeZone } from "../rules/ScheduleTimeZone.js";

/** Checks a GetInstanceLog request body against the spec before anything is sent. */
export const validateGetInstanceLogRequest: CompiledValidator<NonNullable<operations["GetInstanceLog"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetInstanceLog"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","InstanceKey","LifeRoundNum"],"o":{"ProjectId":ruleProjectId,"InstanceKey":ruleInstanceKey,"LifeRoundNum":{"t":"integer","min":0},"ScheduleTimeZone":ruleScheduleTimeZone,"BrokerIp":{"t":"string"},"OriginFileName":{"t":"string"},"ExecutionJobId":{"t":"string"},"LogLevel":{"t":"string","e":["Info","Debug","Warn","Error","All"]},"StartLineNum":{"t":"integer","min":1},"EndLineCount":{"t":"integer","min":1},"ExtInfo":{"t":"string"}}})));

/** GetInstanceLog: what a client needs to send it. */
export const GetInstanceLog: ActionRow<"GetInstanceLog", NonNullable<operations["GetInstanceLog"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetInstanceLog">> = {
  action: "GetInstanceLog",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetInstanceLogRequest,
};
