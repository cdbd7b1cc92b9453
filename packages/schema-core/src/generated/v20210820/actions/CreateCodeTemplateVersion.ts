// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TaskFormParamsInput as ruleTaskFormParamsInput } from "../rules/TaskFormParamsInput.js";

/** Checks a CreateCodeTemplateVersion request body against the spec before anything is sent. */
export const validateCreateCodeTemplateVersionRequest: CompiledValidator<NonNullable<operations["CreateCodeTemplateVersion"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateCodeTemplateVersion"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["CodeTemplateId","ProjectId"],"o":{"CodeTemplateId":{"t":"string"},"ProjectId":{"t":"string"},"Tasks":{"t":"array","i":ruleTaskFormParamsInput},"OriginalParams":{"t":"array","i":{"t":"string"}},"VersionRemark":{"t":"string"},"NeedSubmitScheduleForTemplate":{"t":"boolean"},"AssignApprovalList":{"t":"array","i":{"t":"string"}}}})));

/** CreateCodeTemplateVersion: what a client needs to send it. */
export const CreateCodeTemplateVersion: ActionRow<"CreateCodeTemplateVersion", NonNullable<operations["CreateCodeTemplateVersion"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateCodeTemplateVersion">> = {
  action: "CreateCodeTemplateVersion",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateCodeTemplateVersionRequest,
};
