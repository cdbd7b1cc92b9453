// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { UploadResourceRequestInfo as ruleUploadResourceRequestInfo } from "../rules/UploadResourceRequestInfo.js";

/** Checks a UploadResource request body against the spec before anything is sent. */
export const validateUploadResourceRequest: CompiledValidator<NonNullable<operations["UploadResource"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UploadResource"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"UploadResourceRequestInfo":ruleUploadResourceRequestInfo,"ProjectId":{"t":"string"}}})));

/** UploadResource: what a client needs to send it. */
export const UploadResource: ActionRow<"UploadResource", NonNullable<operations["UploadResource"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UploadResource">> = {
  action: "UploadResource",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUploadResourceRequest,
};
