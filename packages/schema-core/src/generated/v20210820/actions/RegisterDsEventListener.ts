// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ParamInfoDs as ruleParamInfoDs } from "../rules/ParamInfoDs.js";

/** Checks a RegisterDsEventListener request body against the spec before anything is sent. */
export const validateRegisterDsEventListenerRequest: CompiledValidator<NonNullable<operations["RegisterDsEventListener"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RegisterDsEventListener"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","Key","Type","EventName"],"o":{"ProjectId":{"t":"string"},"Key":{"t":"string"},"Type":{"t":"string"},"EventName":{"t":"string"},"RequestFromSource":{"t":"string"},"Properties":{"t":"array","i":ruleParamInfoDs},"EventProjectId":{"t":"string"}}})));

/** RegisterDsEventListener: what a client needs to send it. */
export const RegisterDsEventListener: ActionRow<"RegisterDsEventListener", NonNullable<operations["RegisterDsEventListener"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RegisterDsEventListener">> = {
  action: "RegisterDsEventListener",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRegisterDsEventListenerRequest,
};
