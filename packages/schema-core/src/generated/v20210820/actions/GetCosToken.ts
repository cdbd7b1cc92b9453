// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetCosToken request body against the spec before anything is sent. */
export const validateGetCosTokenRequest: CompiledValidator<NonNullable<operations["GetCosToken"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetCosToken"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","OriginDomain","CrossFlag"],"o":{"ProjectId":{"t":"string"},"OriginDomain":{"t":"string"},"CrossFlag":{"t":"boolean"},"BucketName":{"t":"string"},"RemotePath":{"t":"string"},"RemoteRegion":{"t":"string"}}})));

/** GetCosToken: what a client needs to send it. */
export const GetCosToken: ActionRow<"GetCosToken", NonNullable<operations["GetCosToken"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetCosToken">> = {
  action: "GetCosToken",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateGetCosTokenRequest,
};
