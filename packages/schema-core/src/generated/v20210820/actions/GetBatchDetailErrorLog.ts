// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetBatchDetailErrorLog request body against the spec before anything is sent. */
export const validateGetBatchDetailErrorLogRequest: CompiledValidator<NonNullable<operations["GetBatchDetailErrorLog"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetBatchDetailErrorLog"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["JobId","ResourceId"],"o":{"JobId":{"t":"integer","min":0},"ResourceId":{"t":"string"},"ProjectId":{"t":"string"}}})));

/** GetBatchDetailErrorLog: what a client needs to send it. */
export const GetBatchDetailErrorLog: ActionRow<"GetBatchDetailErrorLog", NonNullable<operations["GetBatchDetailErrorLog"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetBatchDetailErrorLog">> = {
  action: "GetBatchDetailErrorLog",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetBatchDetailErrorLogRequest,
};
