// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a RegisterEvent request body against the spec before anything is sent. */
export const validateRegisterEventRequest: CompiledValidator<NonNullable<operations["RegisterEvent"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RegisterEvent"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","Name","EventSubType","EventBroadcastType","TimeUnit","Owner"],"o":{"ProjectId":{"t":"string"},"Name":{"t":"string"},"EventSubType":{"t":"string"},"EventBroadcastType":{"t":"string"},"TimeUnit":{"t":"string"},"Owner":{"t":"string"},"EventType":{"t":"string"},"DimensionFormat":{"t":"string"},"TimeToLive":{"t":"integer"},"Description":{"t":"string"}}})));

/** RegisterEvent (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const RegisterEvent: ActionRow<"RegisterEvent", NonNullable<operations["RegisterEvent"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RegisterEvent">> = {
  action: "RegisterEvent",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRegisterEventRequest,
};
