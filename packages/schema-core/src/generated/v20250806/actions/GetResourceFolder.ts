// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetResourceFolder request body against the spec before anything is sent. */
export const validateGetResourceFolderRequest: CompiledValidator<NonNullable<operations["GetResourceFolder"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetResourceFolder"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","FolderId"],"o":{"ProjectId":{"t":"string"},"FolderId":{"t":"string"}}})));

/** GetResourceFolder: what a client needs to send it. */
export const GetResourceFolder: ActionRow<"GetResourceFolder", NonNullable<operations["GetResourceFolder"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetResourceFolder">> = {
  action: "GetResourceFolder",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetResourceFolderRequest,
};
