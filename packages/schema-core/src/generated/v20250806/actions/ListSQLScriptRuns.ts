// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListSQLScriptRuns request body against the spec before anything is sent. */
export const validateListSQLScriptRunsRequest: CompiledValidator<NonNullable<operations["ListSQLScriptRuns"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListSQLScriptRuns"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ScriptId"],"o":{"ProjectId":{"t":"string"},"ScriptId":{"t":"string"},"JobId":{"t":"string"},"SearchWord":{"t":"string"},"ExecuteUserUin":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"}}})));

/** ListSQLScriptRuns: what a client needs to send it. */
export const ListSQLScriptRuns: ActionRow<"ListSQLScriptRuns", NonNullable<operations["ListSQLScriptRuns"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListSQLScriptRuns">> = {
  action: "ListSQLScriptRuns",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListSQLScriptRunsRequest,
};
