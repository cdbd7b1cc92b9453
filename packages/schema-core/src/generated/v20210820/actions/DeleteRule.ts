// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteRule request body against the spec before anything is sent. */
export const validateDeleteRuleRequest: CompiledValidator<NonNullable<operations["DeleteRule"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteRule"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RuleId":{"t":"integer","min":0},"ProjectId":{"t":"string"}}})));

/** DeleteRule: what a client needs to send it. */
export const DeleteRule: ActionRow<"DeleteRule", NonNullable<operations["DeleteRule"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteRule">> = {
  action: "DeleteRule",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteRuleRequest,
};
