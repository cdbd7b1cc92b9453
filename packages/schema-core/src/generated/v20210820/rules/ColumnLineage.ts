// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { ExtParam } from "./ExtParam.js";

export const ColumnLineage: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatasourceId","DatabaseName","TableName","ColumnName"],"o":{"DatasourceId":{"t":"string"},"DatabaseName":{"t":"string"},"TableName":{"t":"string"},"ColumnName":{"t":"string"},"CatalogName":{"t":"string"},"SchemaName":{"t":"string"},"ExtParams":{"t":"array","i":ExtParam},"TableType":{"t":"string"},"ColumnType":{"t":"string"}}}));
