// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { IntegrationNodeSchemaInput } from "./IntegrationNodeSchemaInput.js";
import { IntegrationNodeSchemaMapping } from "./IntegrationNodeSchemaMapping.js";
import { RecordField } from "./RecordField.js";

export const IntegrationNodeMappingInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"SourceId":{"t":"string"},"SinkId":{"t":"string"},"SourceSchema":{"t":"array","i":IntegrationNodeSchemaInput},"SchemaMappings":{"t":"array","i":IntegrationNodeSchemaMapping},"ExtConfig":{"t":"array","i":RecordField}}}));
