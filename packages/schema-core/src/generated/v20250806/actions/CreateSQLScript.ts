// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SQLScriptConfigInput as ruleSQLScriptConfigInput } from "../rules/SQLScriptConfigInput.js";

/** Checks a CreateSQLScript request body against the spec before anything is sent. */
export const validateCreateSQLScriptRequest: CompiledValidator<NonNullable<operations["CreateSQLScript"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateSQLScript"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ScriptName","ProjectId"],"o":{"ScriptName":{"t":"string"},"ProjectId":{"t":"string"},"ParentFolderPath":{"t":"string"},"ScriptConfig":ruleSQLScriptConfigInput,"ScriptContent":{"t":"string"},"AccessScope":{"t":"string"}}})));

/** CreateSQLScript: what a client needs to send it. */
export const CreateSQLScript: ActionRow<"CreateSQLScript", NonNullable<operations["CreateSQLScript"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateSQLScript">> = {
  action: "CreateSQLScript",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateSQLScriptRequest,
};
