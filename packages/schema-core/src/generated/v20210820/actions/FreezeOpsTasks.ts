// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SimpleTaskInfo as ruleSimpleTaskInfo } from "../rules/SimpleTaskInfo.js";

/** Checks a FreezeOpsTasks request body against the spec before anything is sent. */
export const validateFreezeOpsTasksRequest: CompiledValidator<NonNullable<operations["FreezeOpsTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["FreezeOpsTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Tasks","OperateIsInform"],"o":{"Tasks":{"t":"array","i":ruleSimpleTaskInfo},"OperateIsInform":{"t":"boolean"},"KillInstance":{"t":"boolean"}}})));

/** FreezeOpsTasks: what a client needs to send it. */
export const FreezeOpsTasks: ActionRow<"FreezeOpsTasks", NonNullable<operations["FreezeOpsTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "FreezeOpsTasks">> = {
  action: "FreezeOpsTasks",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateFreezeOpsTasksRequest,
};
