// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { LineagePairInput as ruleLineagePairInput } from "../rules/LineagePairInput.js";

/** Checks a DeleteLineage request body against the spec before anything is sent. */
export const validateDeleteLineageRequest: CompiledValidator<NonNullable<operations["DeleteLineage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteLineage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Relations"],"o":{"Relations":{"t":"array","i":ruleLineagePairInput}}})));

/** DeleteLineage: what a client needs to send it. */
export const DeleteLineage: ActionRow<"DeleteLineage", NonNullable<operations["DeleteLineage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteLineage">> = {
  action: "DeleteLineage",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteLineageRequest,
};
