// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { BatchCreateTaskVersionDTO as ruleBatchCreateTaskVersionDTO } from "../rules/BatchCreateTaskVersionDTO.js";
import { TaskMissingInstanceStrategy as ruleTaskMissingInstanceStrategy } from "../rules/TaskMissingInstanceStrategy.js";

/** Checks a BatchCreateTaskVersionAsync request body against the spec before anything is sent. */
export const validateBatchCreateTaskVersionAsyncRequest: CompiledValidator<NonNullable<operations["BatchCreateTaskVersionAsync"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchCreateTaskVersionAsync"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Tasks","ProjectId"],"o":{"Tasks":{"t":"array","i":ruleBatchCreateTaskVersionDTO},"ProjectId":{"t":"string"},"AutoRun":{"t":"boolean"},"AlarmWays":{"t":"string"},"AlarmRecipientTypes":{"t":"string"},"NeedCheckParentSubmitted":{"t":"boolean"},"EnableMakeUp":{"t":"boolean"},"AssignApprovalList":{"t":"array","i":{"t":"string"}},"PerTaskMissingInstanceStrategy":{"t":"array","i":ruleTaskMissingInstanceStrategy}}})));

/** BatchCreateTaskVersionAsync: what a client needs to send it. */
export const BatchCreateTaskVersionAsync: ActionRow<"BatchCreateTaskVersionAsync", NonNullable<operations["BatchCreateTaskVersionAsync"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchCreateTaskVersionAsync">> = {
  action: "BatchCreateTaskVersionAsync",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateBatchCreateTaskVersionAsyncRequest,
};
