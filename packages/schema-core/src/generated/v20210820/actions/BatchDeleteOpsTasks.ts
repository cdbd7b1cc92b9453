// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a BatchDeleteOpsTasks request body against the spec before anything is sent. */
export const validateBatchDeleteOpsTasksRequest: CompiledValidator<NonNullable<operations["BatchDeleteOpsTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchDeleteOpsTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskIdList","DeleteMode","EnableNotify","ProjectId"],"o":{"TaskIdList":{"t":"array","i":{"t":"string"}},"DeleteMode":{"t":"boolean"},"EnableNotify":{"t":"boolean"},"ProjectId":{"t":"string"},"DeleteScript":{"t":"boolean"}}})));

/** BatchDeleteOpsTasks: what a client needs to send it. */
export const BatchDeleteOpsTasks: ActionRow<"BatchDeleteOpsTasks", NonNullable<operations["BatchDeleteOpsTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchDeleteOpsTasks">> = {
  action: "BatchDeleteOpsTasks",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateBatchDeleteOpsTasksRequest,
};
