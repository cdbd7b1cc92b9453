// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteTaskDs request body against the spec before anything is sent. */
export const validateDeleteTaskDsRequest: CompiledValidator<NonNullable<operations["DeleteTaskDs"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteTaskDs"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"DeleteScript":{"t":"boolean"},"OperateInform":{"t":"boolean"},"TaskId":{"t":"string"},"VirtualTaskId":{"t":"string"},"VirtualFlag":{"t":"boolean"},"DeleteMode":{"t":"boolean"}}})));

/** DeleteTaskDs: what a client needs to send it. */
export const DeleteTaskDs: ActionRow<"DeleteTaskDs", NonNullable<operations["DeleteTaskDs"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteTaskDs">> = {
  action: "DeleteTaskDs",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteTaskDsRequest,
};
