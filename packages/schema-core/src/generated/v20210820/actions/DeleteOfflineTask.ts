// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteOfflineTask request body against the spec before anything is sent. */
export const validateDeleteOfflineTaskRequest: CompiledValidator<NonNullable<operations["DeleteOfflineTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteOfflineTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["OperatorName","ProjectId","TaskId","VirtualFlag"],"o":{"OperatorName":{"t":"string"},"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"VirtualFlag":{"t":"boolean"}}})));

/** DeleteOfflineTask: what a client needs to send it. */
export const DeleteOfflineTask: ActionRow<"DeleteOfflineTask", NonNullable<operations["DeleteOfflineTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteOfflineTask">> = {
  action: "DeleteOfflineTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteOfflineTaskRequest,
};
