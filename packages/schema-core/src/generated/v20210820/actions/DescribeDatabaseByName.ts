// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeDatabaseByName request body against the spec before anything is sent. */
export const validateDescribeDatabaseByNameRequest: CompiledValidator<NonNullable<operations["DescribeDatabaseByName"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeDatabaseByName"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DatabaseName","DatasourceId"],"o":{"DatabaseName":{"t":"string"},"DatasourceId":{"t":"integer","min":0},"SchemaName":{"t":"string"},"ClusterId":{"t":"string"}}})));

/** DescribeDatabaseByName: what a client needs to send it. */
export const DescribeDatabaseByName: ActionRow<"DescribeDatabaseByName", NonNullable<operations["DescribeDatabaseByName"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeDatabaseByName">> = {
  action: "DescribeDatabaseByName",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeDatabaseByNameRequest,
};
