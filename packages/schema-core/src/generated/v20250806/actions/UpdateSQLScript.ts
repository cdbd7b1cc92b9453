// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SQLScriptConfigInput as ruleSQLScriptConfigInput } from "../rules/SQLScriptConfigInput.js";

/** Checks a UpdateSQLScript request body against the spec before anything is sent. */
export const validateUpdateSQLScriptRequest: CompiledValidator<NonNullable<operations["UpdateSQLScript"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateSQLScript"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ScriptId","ProjectId"],"o":{"ScriptId":{"t":"string"},"ProjectId":{"t":"string"},"ScriptConfig":ruleSQLScriptConfigInput,"ScriptContent":{"t":"string"}}})));

/** UpdateSQLScript: what a client needs to send it. */
export const UpdateSQLScript: ActionRow<"UpdateSQLScript", NonNullable<operations["UpdateSQLScript"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateSQLScript">> = {
  action: "UpdateSQLScript",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateSQLScriptRequest,
};
