// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a TriggerEvent request body against the spec before anything is sent. */
export const validateTriggerEventRequest: CompiledValidator<NonNullable<operations["TriggerEvent"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["TriggerEvent"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","Name","Dimension"],"o":{"ProjectId":{"t":"string"},"Name":{"t":"string"},"Dimension":{"t":"string"},"Description":{"t":"string"}}})));

/** TriggerEvent (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const TriggerEvent: ActionRow<"TriggerEvent", NonNullable<operations["TriggerEvent"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "TriggerEvent">> = {
  action: "TriggerEvent",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateTriggerEventRequest,
};
