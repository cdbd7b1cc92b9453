// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const QualityRuleGroupConfigInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"AnalysisType":{"t":"string"},"ModelMonitorType":{"t":"string"},"PredictColumn":{"t":"string"},"PredictColumnType":{"t":"string"},"LabelColumn":{"t":"string"},"LabelColumnType":{"t":"string"},"ModelIdColumn":{"t":"string"},"ModelIdColumnType":{"t":"string"},"TimestampColumn":{"t":"string"},"TimestampColumnType":{"t":"string"},"Granularity":{"t":"integer"},"GranularityType":{"t":"string"},"BaseTable":{"t":"string"},"BaseDb":{"t":"string"},"ComparisonColumn":{"t":"string"},"ComparisonColumnType":{"t":"string"},"ProtectionValue":{"t":"string"},"PositiveValue":{"t":"string"},"FeatureColumn":{"t":"string"}}}));
