// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateRuleTemplate request body against the spec before anything is sent. */
export const validateCreateRuleTemplateRequest: CompiledValidator<NonNullable<operations["CreateRuleTemplate"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateRuleTemplate"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Type":{"t":"integer","min":0},"Name":{"t":"string"},"QualityDim":{"t":"integer","min":0},"SourceObjectType":{"t":"integer","min":0},"Description":{"t":"string"},"SourceEngineTypes":{"t":"array","i":{"t":"integer","min":0}},"MultiSourceFlag":{"t":"boolean"},"SqlExpression":{"t":"string"},"ProjectId":{"t":"string"},"WhereFlag":{"t":"boolean"}}})));

/** CreateRuleTemplate: what a client needs to send it. */
export const CreateRuleTemplate: ActionRow<"CreateRuleTemplate", NonNullable<operations["CreateRuleTemplate"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateRuleTemplate">> = {
  action: "CreateRuleTemplate",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateRuleTemplateRequest,
};
