// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { LineageParamRecordInput } from "./LineageParamRecordInput.js";
import { RecordField } from "./RecordField.js";

export const TableLineageInfoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["MetastoreType"],"o":{"MetastoreType":{"t":"string"},"ProjectId":{"t":"string"},"DatasourceId":{"t":"string"},"TableId":{"t":"string"},"Params":{"t":"array","i":LineageParamRecordInput},"ParentSet":{"t":"string"},"ChildSet":{"t":"string"},"ExtParams":{"t":"array","i":RecordField},"Id":{"t":"string"},"MetastoreTypeName":{"t":"string"},"TableName":{"t":"string"},"QualifiedName":{"t":"string"},"DownStreamCount":{"t":"integer"},"UpStreamCount":{"t":"integer"},"Description":{"t":"string"},"PrefixPath":{"t":"string"},"CreateTime":{"t":"string"},"ModifyTime":{"t":"string"},"Tasks":{"t":"array","i":{"t":"string"}},"ChannelType":{"t":"string"},"DisplayType":{"t":"string"},"EngineType":{"t":"string"},"TableType":{"t":"string"},"DatasourceName":{"t":"string"},"DatabaseName":{"t":"string"},"DatabaseId":{"t":"string"},"DataFromType":{"t":"string"},"CollectJobId":{"t":"string"}}}));
