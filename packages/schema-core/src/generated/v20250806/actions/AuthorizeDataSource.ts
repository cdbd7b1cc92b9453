// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a AuthorizeDataSource request body against the spec before anything is sent. */
export const validateAuthorizeDataSourceRequest: CompiledValidator<NonNullable<operations["AuthorizeDataSource"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["AuthorizeDataSource"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DataSourceId"],"o":{"DataSourceId":{"t":"string"},"AuthProjectId":{"t":"string"},"AuthUsers":{"t":"array","i":{"t":"string"}}}})));

/** AuthorizeDataSource: what a client needs to send it. */
export const AuthorizeDataSource: ActionRow<"AuthorizeDataSource", NonNullable<operations["AuthorizeDataSource"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "AuthorizeDataSource">> = {
  action: "AuthorizeDataSource",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateAuthorizeDataSourceRequest,
};
