// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CheckTaskNameExist request body against the spec before anything is sent. */
export const validateCheckTaskNameExistRequest: CompiledValidator<NonNullable<operations["CheckTaskNameExist"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CheckTaskNameExist"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TypeId","TaskName"],"o":{"ProjectId":{"t":"string"},"TypeId":{"t":"integer"},"TaskName":{"t":"string"}}})));

/** CheckTaskNameExist: what a client needs to send it. */
export const CheckTaskNameExist: ActionRow<"CheckTaskNameExist", NonNullable<operations["CheckTaskNameExist"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CheckTaskNameExist">> = {
  action: "CheckTaskNameExist",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateCheckTaskNameExistRequest,
};
