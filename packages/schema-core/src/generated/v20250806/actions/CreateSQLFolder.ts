// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateSQLFolder request body against the spec before anything is sent. */
export const validateCreateSQLFolderRequest: CompiledValidator<NonNullable<operations["CreateSQLFolder"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateSQLFolder"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["FolderName","ProjectId","ParentFolderPath"],"o":{"FolderName":{"t":"string"},"ProjectId":{"t":"string"},"ParentFolderPath":{"t":"string"},"AccessScope":{"t":"string"}}})));

/** CreateSQLFolder: what a client needs to send it. */
export const CreateSQLFolder: ActionRow<"CreateSQLFolder", NonNullable<operations["CreateSQLFolder"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateSQLFolder">> = {
  action: "CreateSQLFolder",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateSQLFolderRequest,
};
