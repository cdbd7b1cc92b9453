// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const TaskDataRegistryInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatasourceId","DatabaseName","TableName","PartitionName","DataFlowType","TablePhysicalId"],"o":{"DatasourceId":{"t":"string"},"DatabaseName":{"t":"string"},"TableName":{"t":"string"},"PartitionName":{"t":"string"},"DataFlowType":{"t":"string"},"TablePhysicalId":{"t":"string"},"DbGuid":{"t":"string"},"TableGuid":{"t":"string"},"CatalogName":{"t":"string"},"DatasourceName":{"t":"string"},"QualifiedName":{"t":"string"}}}));
