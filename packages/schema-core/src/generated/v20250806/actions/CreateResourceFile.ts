// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateResourceFile request body against the spec before anything is sent. */
export const validateCreateResourceFileRequest: CompiledValidator<NonNullable<operations["CreateResourceFile"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateResourceFile"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ResourceName","BucketName","CosRegion","ParentFolderPath","ResourceFile"],"o":{"ProjectId":{"t":"string"},"ResourceName":{"t":"string"},"BucketName":{"t":"string"},"CosRegion":{"t":"string"},"ParentFolderPath":{"t":"string"},"ResourceFile":{"t":"string"},"BundleId":{"t":"string"},"BundleInfo":{"t":"string"}}})));

/** CreateResourceFile: what a client needs to send it. */
export const CreateResourceFile: ActionRow<"CreateResourceFile", NonNullable<operations["CreateResourceFile"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateResourceFile">> = {
  action: "CreateResourceFile",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateResourceFileRequest,
};
