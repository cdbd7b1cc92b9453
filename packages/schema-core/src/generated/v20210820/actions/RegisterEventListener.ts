// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a RegisterEventListener request body against the spec before anything is sent. */
export const validateRegisterEventListenerRequest: CompiledValidator<NonNullable<operations["RegisterEventListener"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RegisterEventListener"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Key","EventName","ProjectId"],"o":{"Key":{"t":"string"},"EventName":{"t":"string"},"ProjectId":{"t":"string"},"Type":{"t":"string"},"Properties":{"t":"string"}}})));

/** RegisterEventListener (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const RegisterEventListener: ActionRow<"RegisterEventListener", NonNullable<operations["RegisterEventListener"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RegisterEventListener">> = {
  action: "RegisterEventListener",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRegisterEventListenerRequest,
};
