// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListDataSources request body against the spec before anything is sent. */
export const validateListDataSourcesRequest: CompiledValidator<NonNullable<operations["ListDataSources"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListDataSources"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageSize":{"t":"integer","min":0},"PageNumber":{"t":"integer","min":0},"Name":{"t":"string"},"DisplayName":{"t":"string"},"Type":{"t":"array","i":{"t":"string"}},"Creator":{"t":"string"}}})));

/** ListDataSources: what a client needs to send it. */
export const ListDataSources: ActionRow<"ListDataSources", NonNullable<operations["ListDataSources"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListDataSources">> = {
  action: "ListDataSources",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListDataSourcesRequest,
};
