// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a SubmitSqlTask request body against the spec before anything is sent. */
export const validateSubmitSqlTaskRequest: CompiledValidator<NonNullable<operations["SubmitSqlTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["SubmitSqlTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatabaseType","DatasourceId","GroupId","ScriptId","ProjectId"],"o":{"DatabaseType":{"t":"string"},"DatasourceId":{"t":"integer"},"GroupId":{"t":"string"},"ScriptId":{"t":"string"},"ProjectId":{"t":"string"},"DatabaseName":{"t":"string"},"EngineId":{"t":"string"},"ScriptContent":{"t":"string"},"ResourceQueue":{"t":"string"},"DatasourceType":{"t":"string"},"ComputeResource":{"t":"string"},"RunParams":{"t":"string"},"ConfParams":{"t":"string"},"ScriptEncryption":{"t":"boolean"}}})));

/** SubmitSqlTask: what a client needs to send it. */
export const SubmitSqlTask: ActionRow<"SubmitSqlTask", NonNullable<operations["SubmitSqlTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "SubmitSqlTask">> = {
  action: "SubmitSqlTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateSubmitSqlTaskRequest,
};
