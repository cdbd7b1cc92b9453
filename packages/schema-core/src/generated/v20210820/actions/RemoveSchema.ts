// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a RemoveSchema request body against the spec before anything is sent. */
export const validateRemoveSchemaRequest: CompiledValidator<NonNullable<operations["RemoveSchema"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RemoveSchema"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatasourceId","DatabaseName","SchemaName"],"o":{"DatasourceId":{"t":"integer"},"DatabaseName":{"t":"string"},"SchemaName":{"t":"string"}}})));

/** RemoveSchema: what a client needs to send it. */
export const RemoveSchema: ActionRow<"RemoveSchema", NonNullable<operations["RemoveSchema"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RemoveSchema">> = {
  action: "RemoveSchema",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateRemoveSchemaRequest,
};
