// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TaskExtDsVOInput as ruleTaskExtDsVOInput } from "../rules/TaskExtDsVOInput.js";

/** Checks a UpdateCodeTemplate request body against the spec before anything is sent. */
export const validateUpdateCodeTemplateRequest: CompiledValidator<NonNullable<operations["UpdateCodeTemplate"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateCodeTemplate"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","CodeTemplateId","CodeTemplateName","InChargeId","InCharge","Ext"],"o":{"ProjectId":{"t":"string"},"CodeTemplateId":{"t":"string"},"CodeTemplateName":{"t":"string"},"InChargeId":{"t":"string"},"InCharge":{"t":"string"},"Ext":ruleTaskExtDsVOInput,"BrokerIp":{"t":"string"},"ResourceGroup":{"t":"string"},"CodeTemplateDesc":{"t":"string"},"RequestFromSource":{"t":"string"},"ScriptChange":{"t":"boolean"},"Content":{"t":"string"}}})));

/** UpdateCodeTemplate: what a client needs to send it. */
export const UpdateCodeTemplate: ActionRow<"UpdateCodeTemplate", NonNullable<operations["UpdateCodeTemplate"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateCodeTemplate">> = {
  action: "UpdateCodeTemplate",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateCodeTemplateRequest,
};
