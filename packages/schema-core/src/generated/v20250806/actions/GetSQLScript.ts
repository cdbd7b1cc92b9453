// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetSQLScript request body against the spec before anything is sent. */
export const validateGetSQLScriptRequest: CompiledValidator<NonNullable<operations["GetSQLScript"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetSQLScript"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ScriptId","ProjectId"],"o":{"ScriptId":{"t":"string"},"ProjectId":{"t":"string"}}})));

/** GetSQLScript: what a client needs to send it. */
export const GetSQLScript: ActionRow<"GetSQLScript", NonNullable<operations["GetSQLScript"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetSQLScript">> = {
  action: "GetSQLScript",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetSQLScriptRequest,
};
