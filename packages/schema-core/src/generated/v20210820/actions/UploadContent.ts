// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ScriptRequestInfo as ruleScriptRequestInfo } from "../rules/ScriptRequestInfo.js";

/** Checks a UploadContent request body against the spec before anything is sent. */
export const validateUploadContentRequest: CompiledValidator<NonNullable<operations["UploadContent"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UploadContent"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ScriptRequestInfo"],"o":{"ScriptRequestInfo":ruleScriptRequestInfo,"RequestFromSource":{"t":"string"},"ProjectId":{"t":"string"}}})));

/** UploadContent: what a client needs to send it. */
export const UploadContent: ActionRow<"UploadContent", NonNullable<operations["UploadContent"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UploadContent">> = {
  action: "UploadContent",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateUploadContentRequest,
};
