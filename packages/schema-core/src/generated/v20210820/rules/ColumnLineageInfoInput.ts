// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { LineageParamRecordInput } from "./LineageParamRecordInput.js";

export const ColumnLineageInfoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Id","DatasourceId"],"o":{"Id":{"t":"string"},"DatasourceId":{"t":"string"},"ColumnName":{"t":"string"},"ColumnNameCn":{"t":"string"},"ColumnType":{"t":"string"},"RelationParams":{"t":"string"},"Params":{"t":"string"},"ParentId":{"t":"string"},"MetastoreType":{"t":"string"},"MetastoreTypeName":{"t":"string"},"TableName":{"t":"string"},"QualifiedName":{"t":"string"},"DownStreamCount":{"t":"integer"},"UpStreamCount":{"t":"integer"},"Description":{"t":"string"},"PrefixPath":{"t":"string"},"CreateTime":{"t":"string"},"ModifyTime":{"t":"string"},"Tasks":{"t":"array","i":{"t":"string"}},"ParentSet":{"t":"string"},"ChildSet":{"t":"string"},"ExtParams":{"t":"array","i":LineageParamRecordInput},"TableId":{"t":"string"}}}));
