// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { QualityFieldConfigInput } from "./QualityFieldConfigInput.js";

export const QualityTableConfigInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"DatabaseId":{"t":"string"},"DatabaseName":{"t":"string"},"TableId":{"t":"string"},"TableName":{"t":"string"},"TableKey":{"t":"string"},"FieldConfig":{"t":"array","i":QualityFieldConfigInput}}}));
