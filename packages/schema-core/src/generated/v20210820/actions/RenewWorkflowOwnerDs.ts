// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a RenewWorkflowOwnerDs request body against the spec before anything is sent. */
export const validateRenewWorkflowOwnerDsRequest: CompiledValidator<NonNullable<operations["RenewWorkflowOwnerDs"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RenewWorkflowOwnerDs"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","Owner","OwnerId","WorkflowIds"],"o":{"ProjectId":{"t":"string"},"Owner":{"t":"string"},"OwnerId":{"t":"string"},"WorkflowIds":{"t":"array","i":{"t":"string"}}}})));

/** RenewWorkflowOwnerDs: what a client needs to send it. */
export const RenewWorkflowOwnerDs: ActionRow<"RenewWorkflowOwnerDs", NonNullable<operations["RenewWorkflowOwnerDs"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RenewWorkflowOwnerDs">> = {
  action: "RenewWorkflowOwnerDs",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRenewWorkflowOwnerDsRequest,
};
