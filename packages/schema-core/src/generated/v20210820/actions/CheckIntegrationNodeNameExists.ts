// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CheckIntegrationNodeNameExists request body against the spec before anything is sent. */
export const validateCheckIntegrationNodeNameExistsRequest: CompiledValidator<NonNullable<operations["CheckIntegrationNodeNameExists"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CheckIntegrationNodeNameExists"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","Name","ProjectId"],"o":{"TaskId":{"t":"string"},"Name":{"t":"string"},"ProjectId":{"t":"string"},"Id":{"t":"integer"}}})));

/** CheckIntegrationNodeNameExists: what a client needs to send it. */
export const CheckIntegrationNodeNameExists: ActionRow<"CheckIntegrationNodeNameExists", NonNullable<operations["CheckIntegrationNodeNameExists"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CheckIntegrationNodeNameExists">> = {
  action: "CheckIntegrationNodeNameExists",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateCheckIntegrationNodeNameExistsRequest,
};
