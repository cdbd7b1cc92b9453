// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetJobStatus request body against the spec before anything is sent. */
export const validateGetJobStatusRequest: CompiledValidator<NonNullable<operations["GetJobStatus"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetJobStatus"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["JobId"],"o":{"JobId":{"t":"string"}}})));

/** GetJobStatus: what a client needs to send it. */
export const GetJobStatus: ActionRow<"GetJobStatus", NonNullable<operations["GetJobStatus"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetJobStatus">> = {
  action: "GetJobStatus",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateGetJobStatusRequest,
};
