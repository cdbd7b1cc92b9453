// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a AssociateResourceGroupToProject request body against the spec before anything is sent. */
export const validateAssociateResourceGroupToProjectRequest: CompiledValidator<NonNullable<operations["AssociateResourceGroupToProject"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["AssociateResourceGroupToProject"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ResourceGroupId","ProjectId"],"o":{"ResourceGroupId":{"t":"string"},"ProjectId":{"t":"string"}}})));

/** AssociateResourceGroupToProject: what a client needs to send it. */
export const AssociateResourceGroupToProject: ActionRow<"AssociateResourceGroupToProject", NonNullable<operations["AssociateResourceGroupToProject"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "AssociateResourceGroupToProject">> = {
  action: "AssociateResourceGroupToProject",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateAssociateResourceGroupToProjectRequest,
};
