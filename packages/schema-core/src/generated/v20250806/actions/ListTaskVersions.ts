// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListTaskVersions request body against the spec before anything is sent. */
export const validateListTaskVersionsRequest: CompiledValidator<NonNullable<operations["ListTaskVersions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListTaskVersions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"TaskVersionType":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"UsedVersion":{"t":"boolean"}}})));

/** ListTaskVersions: what a client needs to send it. */
export const ListTaskVersions: ActionRow<"ListTaskVersions", NonNullable<operations["ListTaskVersions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListTaskVersions">> = {
  action: "ListTaskVersions",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListTaskVersionsRequest,
};
