// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { ColumnValueConfigInput } from "./ColumnValueConfigInput.js";

export const FieldConfigInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"FieldKey":{"t":"string"},"FieldValue":{"t":"string"},"FieldDataType":{"t":"string"},"ValueConfig":ColumnValueConfigInput}}));
