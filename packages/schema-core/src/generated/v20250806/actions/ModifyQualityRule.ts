// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { QualityCompareRuleInput as ruleQualityCompareRuleInput } from "../rules/QualityCompareRuleInput.js";
import { QualityRuleFieldConfigInput as ruleQualityRuleFieldConfigInput } from "../rules/QualityRuleFieldConfigInput.js";

/** Checks a ModifyQualityRule request body against the spec before anything is sent. */
export const validateModifyQualityRuleRequest: CompiledValidator<NonNullable<operations["ModifyQualityRule"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyQualityRule"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","RuleId","Name","Type","CompareRule","AlarmLevel"],"o":{"ProjectId":{"t":"string"},"RuleId":{"t":"integer","min":0},"Name":{"t":"string"},"Type":{"t":"integer","min":0},"CompareRule":ruleQualityCompareRuleInput,"AlarmLevel":{"t":"integer","min":0},"TableId":{"t":"string"},"RuleTemplateId":{"t":"integer","min":0},"QualityDim":{"t":"integer","min":0},"RuleGroupId":{"t":"integer","min":0},"SourceObjectDataTypeName":{"t":"string"},"SourceObjectValue":{"t":"string"},"ConditionType":{"t":"integer","min":0},"ConditionExpression":{"t":"string"},"CustomSql":{"t":"string"},"Description":{"t":"string"},"TargetDatabaseId":{"t":"string"},"TargetTableId":{"t":"string"},"TargetConditionExpr":{"t":"string"},"RelConditionExpr":{"t":"string"},"FieldConfig":ruleQualityRuleFieldConfigInput,"TargetObjectValue":{"t":"string"},"SourceEngineTypes":{"t":"array","i":{"t":"integer","min":0}},"TargetDatabaseName":{"t":"string"},"TargetSchemaName":{"t":"string"},"TargetTableName":{"t":"string"},"CatalogName":{"t":"string"},"TargetCatalogName":{"t":"string"}}})));

/** ModifyQualityRule: what a client needs to send it. */
export const ModifyQualityRule: ActionRow<"ModifyQualityRule", NonNullable<operations["ModifyQualityRule"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyQualityRule">> = {
  action: "ModifyQualityRule",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyQualityRuleRequest,
};
