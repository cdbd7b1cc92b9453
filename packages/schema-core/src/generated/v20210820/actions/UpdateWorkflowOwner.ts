// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UpdateWorkflowOwner request body against the spec before anything is sent. */
export const validateUpdateWorkflowOwnerRequest: CompiledValidator<NonNullable<operations["UpdateWorkflowOwner"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateWorkflowOwner"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"WorkflowIds":{"t":"array","i":{"t":"string"}},"Owner":{"t":"string"},"OwnerId":{"t":"string"}}})));

/** UpdateWorkflowOwner (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const UpdateWorkflowOwner: ActionRow<"UpdateWorkflowOwner", NonNullable<operations["UpdateWorkflowOwner"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateWorkflowOwner">> = {
  action: "UpdateWorkflowOwner",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateWorkflowOwnerRequest,
};
