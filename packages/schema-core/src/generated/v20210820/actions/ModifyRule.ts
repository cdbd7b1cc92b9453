// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { CompareRuleInput as ruleCompareRuleInput } from "../rules/CompareRuleInput.js";
import { RuleFieldConfigInput as ruleRuleFieldConfigInput } from "../rules/RuleFieldConfigInput.js";

/** Checks a ModifyRule request body against the spec before anything is sent. */
export const validateModifyRuleRequest: CompiledValidator<NonNullable<operations["ModifyRule"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyRule"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ProjectId":{"t":"string"},"RuleId":{"t":"integer","min":0},"RuleGroupId":{"t":"integer","min":0},"Name":{"t":"string"},"TableId":{"t":"string"},"RuleTemplateId":{"t":"integer","min":0},"Type":{"t":"integer","min":0},"QualityDim":{"t":"integer","min":0},"SourceObjectDataTypeName":{"t":"string"},"SourceObjectValue":{"t":"string"},"ConditionType":{"t":"integer","min":0},"ConditionExpression":{"t":"string"},"CustomSql":{"t":"string"},"CompareRule":ruleCompareRuleInput,"AlarmLevel":{"t":"integer","min":0},"Description":{"t":"string"},"TargetDatabaseId":{"t":"string"},"TargetTableId":{"t":"string"},"TargetConditionExpr":{"t":"string"},"RelConditionExpr":{"t":"string"},"FieldConfig":ruleRuleFieldConfigInput,"TargetObjectValue":{"t":"string"},"SourceEngineTypes":{"t":"array","i":{"t":"integer","min":0}},"TargetDatabaseName":{"t":"string"},"TargetSchemaName":{"t":"string"},"TargetTableName":{"t":"string"},"CatalogName":{"t":"string"},"TargetCatalogName":{"t":"string"}}})));

/** ModifyRule: what a client needs to send it. */
export const ModifyRule: ActionRow<"ModifyRule", NonNullable<operations["ModifyRule"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyRule">> = {
  action: "ModifyRule",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyRuleRequest,
};
