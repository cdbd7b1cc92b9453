// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ModifyTaskName request body against the spec before anything is sent. */
export const validateModifyTaskNameRequest: CompiledValidator<NonNullable<operations["ModifyTaskName"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyTaskName"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskName","TaskId","ProjectId"],"o":{"TaskName":{"t":"string"},"TaskId":{"t":"string"},"ProjectId":{"t":"string"},"Notes":{"t":"string"}}})));

/** ModifyTaskName: what a client needs to send it. */
export const ModifyTaskName: ActionRow<"ModifyTaskName", NonNullable<operations["ModifyTaskName"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyTaskName">> = {
  action: "ModifyTaskName",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyTaskNameRequest,
};
