// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateCodeTemplate request body against the spec before anything is sent. */
export const validateCreateCodeTemplateRequest: CompiledValidator<NonNullable<operations["CreateCodeTemplate"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateCodeTemplate"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","CodeTemplateName","TaskType"],"o":{"ProjectId":{"t":"string"},"CodeTemplateName":{"t":"string"},"TaskType":{"t":"integer"},"CodeTemplateDesc":{"t":"string"},"FolderId":{"t":"string"},"Content":{"t":"string"},"ProductName":{"t":"string"}}})));

/** CreateCodeTemplate: what a client needs to send it. */
export const CreateCodeTemplate: ActionRow<"CreateCodeTemplate", NonNullable<operations["CreateCodeTemplate"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateCodeTemplate">> = {
  action: "CreateCodeTemplate",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateCodeTemplateRequest,
};
