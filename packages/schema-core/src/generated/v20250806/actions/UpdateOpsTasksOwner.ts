// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UpdateOpsTasksOwner request body against the spec before anything is sent. */
export const validateUpdateOpsTasksOwnerRequest: CompiledValidator<NonNullable<operations["UpdateOpsTasksOwner"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateOpsTasksOwner"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskIds","OwnerUin"],"o":{"ProjectId":{"t":"string"},"TaskIds":{"t":"array","i":{"t":"string"}},"OwnerUin":{"t":"string"}}})));

/** UpdateOpsTasksOwner: what a client needs to send it. */
export const UpdateOpsTasksOwner: ActionRow<"UpdateOpsTasksOwner", NonNullable<operations["UpdateOpsTasksOwner"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateOpsTasksOwner">> = {
  action: "UpdateOpsTasksOwner",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateOpsTasksOwnerRequest,
};
