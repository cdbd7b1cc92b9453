// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ResourceType as ruleResourceType } from "../rules/ResourceType.js";

/** Checks a CreateResourceGroup request body against the spec before anything is sent. */
export const validateCreateResourceGroupRequest: CompiledValidator<NonNullable<operations["CreateResourceGroup"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateResourceGroup"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Name","Type","AutoRenewEnabled","PurchasePeriod","VpcId","SubNet","ResourceRegion"],"o":{"Name":{"t":"string"},"Type":ruleResourceType,"AutoRenewEnabled":{"t":"boolean"},"PurchasePeriod":{"t":"integer"},"VpcId":{"t":"string"},"SubNet":{"t":"string"},"ResourceRegion":{"t":"string"},"AssociatedProjectId":{"t":"string"},"Description":{"t":"string"}}})));

/** CreateResourceGroup: what a client needs to send it. */
export const CreateResourceGroup: ActionRow<"CreateResourceGroup", NonNullable<operations["CreateResourceGroup"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateResourceGroup">> = {
  action: "CreateResourceGroup",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateResourceGroupRequest,
};
