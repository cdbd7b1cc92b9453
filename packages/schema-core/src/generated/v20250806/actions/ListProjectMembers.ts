// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListProjectMembers request body against the spec before anything is sent. */
export const validateListProjectMembersRequest: CompiledValidator<NonNullable<operations["ListProjectMembers"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListProjectMembers"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"UserName":{"t":"string"},"UserUin":{"t":"string"},"PageSize":{"t":"integer","min":0},"PageNumber":{"t":"integer","min":0}}})));

/** ListProjectMembers: what a client needs to send it. */
export const ListProjectMembers: ActionRow<"ListProjectMembers", NonNullable<operations["ListProjectMembers"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListProjectMembers">> = {
  action: "ListProjectMembers",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListProjectMembersRequest,
};
