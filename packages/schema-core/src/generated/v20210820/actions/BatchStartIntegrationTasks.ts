// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { StartTaskInfo as ruleStartTaskInfo } from "../rules/StartTaskInfo.js";

/** Checks a BatchStartIntegrationTasks request body against the spec before anything is sent. */
export const validateBatchStartIntegrationTasksRequest: CompiledValidator<NonNullable<operations["BatchStartIntegrationTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchStartIntegrationTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskType","ProjectId"],"o":{"TaskType":{"t":"integer"},"ProjectId":{"t":"string"},"TaskIds":{"t":"array","i":{"t":"string"}},"StartTaskInfoSet":{"t":"array","i":ruleStartTaskInfo}}})));

/** BatchStartIntegrationTasks: what a client needs to send it. */
export const BatchStartIntegrationTasks: ActionRow<"BatchStartIntegrationTasks", NonNullable<operations["BatchStartIntegrationTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchStartIntegrationTasks">> = {
  action: "BatchStartIntegrationTasks",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateBatchStartIntegrationTasksRequest,
};
