// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { RecordField } from "./RecordField.js";

export const IntegrationNodeSchemaInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Id","Name","Type"],"o":{"Id":{"t":"string"},"Name":{"t":"string"},"Type":{"t":"string"},"Value":{"t":"string"},"Properties":{"t":"array","i":RecordField},"Alias":{"t":"string"},"Comment":{"t":"string"},"Category":{"t":"string"}}}));
