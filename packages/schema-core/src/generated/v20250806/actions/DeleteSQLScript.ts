// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteSQLScript request body against the spec before anything is sent. */
export const validateDeleteSQLScriptRequest: CompiledValidator<NonNullable<operations["DeleteSQLScript"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteSQLScript"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ScriptId","ProjectId"],"o":{"ScriptId":{"t":"string"},"ProjectId":{"t":"string"}}})));

/** DeleteSQLScript: what a client needs to send it. */
export const DeleteSQLScript: ActionRow<"DeleteSQLScript", NonNullable<operations["DeleteSQLScript"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteSQLScript">> = {
  action: "DeleteSQLScript",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteSQLScriptRequest,
};
