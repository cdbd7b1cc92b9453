// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteRuleTemplate request body against the spec before anything is sent. */
export const validateDeleteRuleTemplateRequest: CompiledValidator<NonNullable<operations["DeleteRuleTemplate"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteRuleTemplate"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ProjectId":{"t":"string"},"Ids":{"t":"array","i":{"t":"integer","min":0}}}})));

/** DeleteRuleTemplate: what a client needs to send it. */
export const DeleteRuleTemplate: ActionRow<"DeleteRuleTemplate", NonNullable<operations["DeleteRuleTemplate"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteRuleTemplate">> = {
  action: "DeleteRuleTemplate",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteRuleTemplateRequest,
};
