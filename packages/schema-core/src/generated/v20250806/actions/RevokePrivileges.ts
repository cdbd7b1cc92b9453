// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { PrivilegeInfoInput as rulePrivilegeInfoInput } from "../rules/PrivilegeInfoInput.js";
import { PrivilegeResourceInput as rulePrivilegeResourceInput } from "../rules/PrivilegeResourceInput.js";
import { Subject as ruleSubject } from "../rules/Subject.js";

/** Checks a RevokePrivileges request body against the spec before anything is sent. */
export const validateRevokePrivilegesRequest: CompiledValidator<NonNullable<operations["RevokePrivileges"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RevokePrivileges"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Resources","Subjects","Privileges"],"o":{"Resources":{"t":"array","i":rulePrivilegeResourceInput},"Subjects":{"t":"array","i":ruleSubject},"Privileges":{"t":"array","i":rulePrivilegeInfoInput}}})));

/** RevokePrivileges: what a client needs to send it. */
export const RevokePrivileges: ActionRow<"RevokePrivileges", NonNullable<operations["RevokePrivileges"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RevokePrivileges">> = {
  action: "RevokePrivileges",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRevokePrivilegesRequest,
};
