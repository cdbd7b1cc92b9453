// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateProjectMember request body against the spec before anything is sent. */
export const validateCreateProjectMemberRequest: CompiledValidator<NonNullable<operations["CreateProjectMember"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateProjectMember"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","UserUins","RoleIds"],"o":{"ProjectId":{"t":"string"},"UserUins":{"t":"array","i":{"t":"string"}},"RoleIds":{"t":"array","i":{"t":"string"}}}})));

/** CreateProjectMember: what a client needs to send it. */
export const CreateProjectMember: ActionRow<"CreateProjectMember", NonNullable<operations["CreateProjectMember"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateProjectMember">> = {
  action: "CreateProjectMember",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateProjectMemberRequest,
};
