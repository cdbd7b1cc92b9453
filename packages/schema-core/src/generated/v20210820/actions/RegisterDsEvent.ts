// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a RegisterDsEvent request body against the spec before anything is sent. */
export const validateRegisterDsEventRequest: CompiledValidator<NonNullable<operations["RegisterDsEvent"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RegisterDsEvent"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","Name","EventSubType","TimeToLive","TimeUnit","Owner","Description"],"o":{"ProjectId":{"t":"string"},"Name":{"t":"string"},"EventSubType":{"t":"string"},"TimeToLive":{"t":"string"},"TimeUnit":{"t":"string"},"Owner":{"t":"string"},"Description":{"t":"string"},"ValidConsumeCount":{"t":"integer"}}})));

/** RegisterDsEvent: what a client needs to send it. */
export const RegisterDsEvent: ActionRow<"RegisterDsEvent", NonNullable<operations["RegisterDsEvent"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RegisterDsEvent">> = {
  action: "RegisterDsEvent",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRegisterDsEventRequest,
};
