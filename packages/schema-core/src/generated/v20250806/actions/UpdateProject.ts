// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UpdateProject request body against the spec before anything is sent. */
export const validateUpdateProjectRequest: CompiledValidator<NonNullable<operations["UpdateProject"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateProject"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"DisplayName":{"t":"string"},"Description":{"t":"string"},"ProjectOwnerUin":{"t":"string"}}})));

/** UpdateProject: what a client needs to send it. */
export const UpdateProject: ActionRow<"UpdateProject", NonNullable<operations["UpdateProject"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateProject">> = {
  action: "UpdateProject",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateUpdateProjectRequest,
};
