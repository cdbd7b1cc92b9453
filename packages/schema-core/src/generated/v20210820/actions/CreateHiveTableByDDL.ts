// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateHiveTableByDDL request body against the spec before anything is sent. */
export const validateCreateHiveTableByDDLRequest: CompiledValidator<NonNullable<operations["CreateHiveTableByDDL"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateHiveTableByDDL"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatasourceId","Database","DDLSql","Privilege","ProjectId","Type"],"o":{"DatasourceId":{"t":"string"},"Database":{"t":"string"},"DDLSql":{"t":"string"},"Privilege":{"t":"integer"},"ProjectId":{"t":"string"},"Type":{"t":"string"},"Incharge":{"t":"string"},"SchemaName":{"t":"string"},"Async":{"t":"boolean"},"DataOptimizationResource":{"t":"string"},"SmartOptimizerWritten":{"t":"string"},"TableName":{"t":"string"},"ResourceGroupName":{"t":"string"}}})));

/** CreateHiveTableByDDL: what a client needs to send it. */
export const CreateHiveTableByDDL: ActionRow<"CreateHiveTableByDDL", NonNullable<operations["CreateHiveTableByDDL"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateHiveTableByDDL">> = {
  action: "CreateHiveTableByDDL",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateHiveTableByDDLRequest,
};
