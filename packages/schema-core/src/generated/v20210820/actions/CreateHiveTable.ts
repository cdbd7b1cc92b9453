// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateHiveTable request body against the spec before anything is sent. */
export const validateCreateHiveTableRequest: CompiledValidator<NonNullable<operations["CreateHiveTable"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateHiveTable"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatasourceId","Database","DDLSql","Privilege","ProjectId"],"o":{"DatasourceId":{"t":"string"},"Database":{"t":"string"},"DDLSql":{"t":"string"},"Privilege":{"t":"integer"},"ProjectId":{"t":"string"},"Type":{"t":"string"},"Incharge":{"t":"string"},"DataOptimizationResource":{"t":"string"},"SmartOptimizerWritten":{"t":"string"},"TableName":{"t":"string"},"ResourceGroupName":{"t":"string"}}})));

/** CreateHiveTable: what a client needs to send it. */
export const CreateHiveTable: ActionRow<"CreateHiveTable", NonNullable<operations["CreateHiveTable"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateHiveTable">> = {
  action: "CreateHiveTable",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateCreateHiveTableRequest,
};
