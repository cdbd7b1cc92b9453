// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UpdateResourceFile request body against the spec before anything is sent. */
export const validateUpdateResourceFileRequest: CompiledValidator<NonNullable<operations["UpdateResourceFile"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateResourceFile"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ResourceId"],"o":{"ProjectId":{"t":"string"},"ResourceId":{"t":"string"},"ResourceFile":{"t":"string"},"ResourceName":{"t":"string"},"BundleId":{"t":"string"},"BundleInfo":{"t":"string"}}})));

/** UpdateResourceFile: what a client needs to send it. */
export const UpdateResourceFile: ActionRow<"UpdateResourceFile", NonNullable<operations["UpdateResourceFile"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateResourceFile">> = {
  action: "UpdateResourceFile",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateResourceFileRequest,
};
