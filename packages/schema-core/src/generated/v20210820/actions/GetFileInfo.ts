// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetFileInfo request body against the spec before anything is sent. */
export const validateGetFileInfoRequest: CompiledValidator<NonNullable<operations["GetFileInfo"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetFileInfo"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","FilePath"],"o":{"ProjectId":{"t":"string"},"FilePath":{"t":"string"}}})));

/** GetFileInfo: what a client needs to send it. */
export const GetFileInfo: ActionRow<"GetFileInfo", NonNullable<operations["GetFileInfo"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetFileInfo">> = {
  action: "GetFileInfo",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateGetFileInfoRequest,
};
