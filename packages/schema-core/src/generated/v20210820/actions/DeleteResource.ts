// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteResource request body against the spec before anything is sent. */
export const validateDeleteResourceRequest: CompiledValidator<NonNullable<operations["DeleteResource"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteResource"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ResourceId"],"o":{"ProjectId":{"t":"string"},"ResourceId":{"t":"string"}}})));

/** DeleteResource (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const DeleteResource: ActionRow<"DeleteResource", NonNullable<operations["DeleteResource"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteResource">> = {
  action: "DeleteResource",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteResourceRequest,
};
