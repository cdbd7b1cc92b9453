// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteLink request body against the spec before anything is sent. */
export const validateDeleteLinkRequest: CompiledValidator<NonNullable<operations["DeleteLink"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteLink"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskFrom","TaskTo","WorkflowId","Id"],"o":{"ProjectId":{"t":"string"},"TaskFrom":{"t":"string"},"TaskTo":{"t":"string"},"WorkflowId":{"t":"string"},"Id":{"t":"string"},"RequestFromSource":{"t":"string"}}})));

/** DeleteLink: what a client needs to send it. */
export const DeleteLink: ActionRow<"DeleteLink", NonNullable<operations["DeleteLink"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteLink">> = {
  action: "DeleteLink",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteLinkRequest,
};
