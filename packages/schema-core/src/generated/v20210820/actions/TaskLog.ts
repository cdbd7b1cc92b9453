// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a TaskLog request body against the spec before anything is sent. */
export const validateTaskLogRequest: CompiledValidator<NonNullable<operations["TaskLog"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["TaskLog"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","StartTime","EndTime","ProjectId"],"o":{"TaskId":{"t":"string"},"StartTime":{"t":"integer","min":0},"EndTime":{"t":"integer","min":0},"ProjectId":{"t":"string"},"Limit":{"t":"integer","min":0},"OrderType":{"t":"string"},"TaskType":{"t":"integer","min":0}}})));

/** TaskLog: what a client needs to send it. */
export const TaskLog: ActionRow<"TaskLog", NonNullable<operations["TaskLog"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "TaskLog">> = {
  action: "TaskLog",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateTaskLogRequest,
};
