// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a BatchModifyOpsOwners request body against the spec before anything is sent. */
export const validateBatchModifyOpsOwnersRequest: CompiledValidator<NonNullable<operations["BatchModifyOpsOwners"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchModifyOpsOwners"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskIdList","Owners","ProjectId"],"o":{"TaskIdList":{"t":"array","i":{"t":"string"}},"Owners":{"t":"string"},"ProjectId":{"t":"string"}}})));

/** BatchModifyOpsOwners: what a client needs to send it. */
export const BatchModifyOpsOwners: ActionRow<"BatchModifyOpsOwners", NonNullable<operations["BatchModifyOpsOwners"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchModifyOpsOwners">> = {
  action: "BatchModifyOpsOwners",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateBatchModifyOpsOwnersRequest,
};
