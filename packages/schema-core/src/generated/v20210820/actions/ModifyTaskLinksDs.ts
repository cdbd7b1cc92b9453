// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ModifyTaskLinksDs request body against the spec before anything is sent. */
export const validateModifyTaskLinksDsRequest: CompiledValidator<NonNullable<operations["ModifyTaskLinksDs"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyTaskLinksDs"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskFrom","TaskTo","WorkflowId","RealFromWorkflowId"],"o":{"ProjectId":{"t":"string"},"TaskFrom":{"t":"string"},"TaskTo":{"t":"string"},"WorkflowId":{"t":"string"},"RealFromWorkflowId":{"t":"string"},"RequestFromSource":{"t":"string"},"LinkDependencyType":{"t":"string"},"LinkExt":{"t":"string"}}})));

/** ModifyTaskLinksDs: what a client needs to send it. */
export const ModifyTaskLinksDs: ActionRow<"ModifyTaskLinksDs", NonNullable<operations["ModifyTaskLinksDs"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyTaskLinksDs">> = {
  action: "ModifyTaskLinksDs",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyTaskLinksDsRequest,
};
