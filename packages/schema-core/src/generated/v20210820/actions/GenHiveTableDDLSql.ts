// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Partition as rulePartition } from "../rules/Partition.js";
import { Property as ruleProperty } from "../rules/Property.js";
import { SourceFieldInfo as ruleSourceFieldInfo } from "../rules/SourceFieldInfo.js";
import { TableBaseInfo as ruleTableBaseInfo } from "../rules/TableBaseInfo.js";

/** Checks a GenHiveTableDDLSql request body against the spec before anything is sent. */
export const validateGenHiveTableDDLSqlRequest: CompiledValidator<NonNullable<operations["GenHiveTableDDLSql"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GenHiveTableDDLSql"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","SinkDatabase"],"o":{"ProjectId":{"t":"string"},"SinkDatabase":{"t":"string"},"Id":{"t":"string"},"MsType":{"t":"string"},"DatasourceId":{"t":"string"},"SourceDatabase":{"t":"string"},"TableName":{"t":"string"},"SinkType":{"t":"string"},"SchemaName":{"t":"string"},"SourceFieldInfoList":{"t":"array","i":ruleSourceFieldInfo},"Partitions":{"t":"array","i":rulePartition},"Properties":{"t":"array","i":ruleProperty},"TableMode":{"t":"integer"},"TableVersion":{"t":"string"},"UpsertFlag":{"t":"boolean"},"TableComment":{"t":"string"},"AddDataFiles":{"t":"integer"},"AddEqualityDeletes":{"t":"integer"},"AddPositionDeletes":{"t":"integer"},"AddDeleteFiles":{"t":"integer"},"TargetDatasourceId":{"t":"string"},"UpsertKeys":{"t":"array","i":{"t":"string"}},"TableBaseInfo":ruleTableBaseInfo,"SinkSchemaName":{"t":"string"},"Env":{"t":"string"},"WriteMode":{"t":"string"},"TaskType":{"t":"integer"},"SinkTableName":{"t":"string"}}})));

/** GenHiveTableDDLSql: what a client needs to send it. */
export const GenHiveTableDDLSql: ActionRow<"GenHiveTableDDLSql", NonNullable<operations["GenHiveTableDDLSql"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GenHiveTableDDLSql">> = {
  action: "GenHiveTableDDLSql",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateGenHiveTableDDLSqlRequest,
};
