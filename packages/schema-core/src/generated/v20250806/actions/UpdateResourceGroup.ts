// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ResourceNumber as ruleResourceNumber } from "../rules/ResourceNumber.js";

/** Checks a UpdateResourceGroup request body against the spec before anything is sent. */
export const validateUpdateResourceGroupRequest: CompiledValidator<NonNullable<operations["UpdateResourceGroup"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateResourceGroup"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Id"],"o":{"Id":{"t":"string"},"Type":{"t":"string"},"PurchasePeriod":{"t":"integer"},"Number":ruleResourceNumber,"AutoRenewEnabled":{"t":"boolean"}}})));

/** UpdateResourceGroup: what a client needs to send it. */
export const UpdateResourceGroup: ActionRow<"UpdateResourceGroup", NonNullable<operations["UpdateResourceGroup"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateResourceGroup">> = {
  action: "UpdateResourceGroup",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateResourceGroupRequest,
};
