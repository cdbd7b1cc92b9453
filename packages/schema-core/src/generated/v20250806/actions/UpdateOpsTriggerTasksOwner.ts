// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UpdateOpsTriggerTasksOwner request body against the spec before anything is sent. */
export const validateUpdateOpsTriggerTasksOwnerRequest: CompiledValidator<NonNullable<operations["UpdateOpsTriggerTasksOwner"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateOpsTriggerTasksOwner"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","OwnerIds"],"o":{"ProjectId":{"t":"string"},"OwnerIds":{"t":"array","i":{"t":"string"}},"TaskIds":{"t":"array","i":{"t":"string"}}}})));

/** UpdateOpsTriggerTasksOwner: what a client needs to send it. */
export const UpdateOpsTriggerTasksOwner: ActionRow<"UpdateOpsTriggerTasksOwner", NonNullable<operations["UpdateOpsTriggerTasksOwner"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateOpsTriggerTasksOwner">> = {
  action: "UpdateOpsTriggerTasksOwner",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateOpsTriggerTasksOwnerRequest,
};
