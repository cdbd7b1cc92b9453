// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a PauseOpsTasksAsync request body against the spec before anything is sent. */
export const validatePauseOpsTasksAsyncRequest: CompiledValidator<NonNullable<operations["PauseOpsTasksAsync"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["PauseOpsTasksAsync"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskIds"],"o":{"ProjectId":{"t":"string"},"TaskIds":{"t":"array","i":{"t":"string"}},"KillInstance":{"t":"boolean"}}})));

/** PauseOpsTasksAsync: what a client needs to send it. */
export const PauseOpsTasksAsync: ActionRow<"PauseOpsTasksAsync", NonNullable<operations["PauseOpsTasksAsync"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "PauseOpsTasksAsync">> = {
  action: "PauseOpsTasksAsync",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validatePauseOpsTasksAsyncRequest,
};
