// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteDataSources request body against the spec before anything is sent. */
export const validateDeleteDataSourcesRequest: CompiledValidator<NonNullable<operations["DeleteDataSources"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteDataSources"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Ids"],"o":{"Ids":{"t":"array","i":{"t":"integer","min":0}},"ProjectId":{"t":"string"}}})));

/** DeleteDataSources: what a client needs to send it. */
export const DeleteDataSources: ActionRow<"DeleteDataSources", NonNullable<operations["DeleteDataSources"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteDataSources">> = {
  action: "DeleteDataSources",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteDataSourcesRequest,
};
