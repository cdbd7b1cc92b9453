// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { OrderField as ruleOrderField } from "../rules/OrderField.js";
import { Page as rulePage } from "../rules/Page.js";
import { PrivilegeResourceInput as rulePrivilegeResourceInput } from "../rules/PrivilegeResourceInput.js";
import { SecurityFilter as ruleSecurityFilter } from "../rules/SecurityFilter.js";

/** Checks a ListPermissions request body against the spec before anything is sent. */
export const validateListPermissionsRequest: CompiledValidator<NonNullable<operations["ListPermissions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListPermissions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Resource":rulePrivilegeResourceInput,"Filters":{"t":"array","i":ruleSecurityFilter},"OrderFields":{"t":"array","i":ruleOrderField},"Page":rulePage}})));

/** ListPermissions: what a client needs to send it. */
export const ListPermissions: ActionRow<"ListPermissions", NonNullable<operations["ListPermissions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListPermissions">> = {
  action: "ListPermissions",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListPermissionsRequest,
};
