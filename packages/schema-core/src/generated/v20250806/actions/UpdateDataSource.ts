// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { DataSourceFileUpload as ruleDataSourceFileUpload } from "../rules/DataSourceFileUpload.js";

/** Checks a UpdateDataSource request body against the spec before anything is sent. */
export const validateUpdateDataSourceRequest: CompiledValidator<NonNullable<operations["UpdateDataSource"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateDataSource"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Id","ProjectId"],"o":{"Id":{"t":"integer","min":0},"ProjectId":{"t":"string"},"ProdConProperties":{"t":"string"},"DevConProperties":{"t":"string"},"ProdFileUpload":ruleDataSourceFileUpload,"DevFileUpload":ruleDataSourceFileUpload,"DisplayName":{"t":"string"},"Description":{"t":"string"}}})));

/** UpdateDataSource: what a client needs to send it. */
export const UpdateDataSource: ActionRow<"UpdateDataSource", NonNullable<operations["UpdateDataSource"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateDataSource">> = {
  action: "UpdateDataSource",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateDataSourceRequest,
};
