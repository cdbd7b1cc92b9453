// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { IntegrationNodeMappingInput } from "./IntegrationNodeMappingInput.js";
import { IntegrationNodeSchemaInput } from "./IntegrationNodeSchemaInput.js";
import { RecordField } from "./RecordField.js";

export const IntegrationNodeInfoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Id":{"t":"string"},"TaskId":{"t":"string"},"Name":{"t":"string"},"NodeType":{"t":"string"},"DataSourceType":{"t":"string"},"Description":{"t":"string"},"DatasourceId":{"t":"string"},"Config":{"t":"array","i":RecordField},"ExtConfig":{"t":"array","i":RecordField},"Schema":{"t":"array","i":IntegrationNodeSchemaInput},"NodeMapping":IntegrationNodeMappingInput,"AppId":{"t":"string"},"ProjectId":{"t":"string"},"CreatorUin":{"t":"string"},"OperatorUin":{"t":"string"},"OwnerUin":{"t":"string"},"CreateTime":{"t":"string"},"UpdateTime":{"t":"string"}}}));
