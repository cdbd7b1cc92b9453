// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteFile request body against the spec before anything is sent. */
export const validateDeleteFileRequest: CompiledValidator<NonNullable<operations["DeleteFile"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteFile"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ResourceId"],"o":{"ProjectId":{"t":"string"},"ResourceId":{"t":"string"}}})));

/** DeleteFile: what a client needs to send it. */
export const DeleteFile: ActionRow<"DeleteFile", NonNullable<operations["DeleteFile"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteFile">> = {
  action: "DeleteFile",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateDeleteFileRequest,
};
