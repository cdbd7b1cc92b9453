// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteTask request body against the spec before anything is sent. */
export const validateDeleteTaskRequest: CompiledValidator<NonNullable<operations["DeleteTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"OperateInform":{"t":"boolean"},"DeleteMode":{"t":"boolean"}}})));

/** DeleteTask: what a client needs to send it. */
export const DeleteTask: ActionRow<"DeleteTask", NonNullable<operations["DeleteTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteTask">> = {
  action: "DeleteTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteTaskRequest,
};
