// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UpdateSQLFolder request body against the spec before anything is sent. */
export const validateUpdateSQLFolderRequest: CompiledValidator<NonNullable<operations["UpdateSQLFolder"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateSQLFolder"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["FolderId","FolderName","ProjectId"],"o":{"FolderId":{"t":"string"},"FolderName":{"t":"string"},"ProjectId":{"t":"string"},"AccessScope":{"t":"string"}}})));

/** UpdateSQLFolder: what a client needs to send it. */
export const UpdateSQLFolder: ActionRow<"UpdateSQLFolder", NonNullable<operations["UpdateSQLFolder"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateSQLFolder">> = {
  action: "UpdateSQLFolder",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateSQLFolderRequest,
};
