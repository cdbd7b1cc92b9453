// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ModifyApproveStatus request body against the spec before anything is sent. */
export const validateModifyApproveStatusRequest: CompiledValidator<NonNullable<operations["ModifyApproveStatus"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyApproveStatus"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ApproveIds":{"t":"array","i":{"t":"string"}},"Remark":{"t":"string"},"Status":{"t":"string"}}})));

/** ModifyApproveStatus: what a client needs to send it. */
export const ModifyApproveStatus: ActionRow<"ModifyApproveStatus", NonNullable<operations["ModifyApproveStatus"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyApproveStatus">> = {
  action: "ModifyApproveStatus",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyApproveStatusRequest,
};
