// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { DataSourceFileUpload as ruleDataSourceFileUpload } from "../rules/DataSourceFileUpload.js";

/** Checks a CreateDataSource request body against the spec before anything is sent. */
export const validateCreateDataSourceRequest: CompiledValidator<NonNullable<operations["CreateDataSource"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateDataSource"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","Name","Type","ProdConProperties"],"o":{"ProjectId":{"t":"string"},"Name":{"t":"string"},"Type":{"t":"string"},"ProdConProperties":{"t":"string"},"DevConProperties":{"t":"string"},"ProdFileUpload":ruleDataSourceFileUpload,"DevFileUpload":ruleDataSourceFileUpload,"DisplayName":{"t":"string"},"Description":{"t":"string"}}})));

/** CreateDataSource: what a client needs to send it. */
export const CreateDataSource: ActionRow<"CreateDataSource", NonNullable<operations["CreateDataSource"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateDataSource">> = {
  action: "CreateDataSource",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateDataSourceRequest,
};
