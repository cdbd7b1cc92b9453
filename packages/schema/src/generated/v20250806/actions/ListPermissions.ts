// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import * as rules from "../rules.js";

/** Checks a ListPermissions request body against the spec before anything is sent. */
export const validateListPermissionsRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListPermissions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Resource":rules.PrivilegeResourceInput,"Filters":{"t":"array","i":rules.SecurityFilter},"OrderFields":{"t":"array","i":rules.OrderField},"Page":rules.Page}})));

/** ListPermissions: what a client needs to send it. */
export const ListPermissions: ActionRow<"ListPermissions", NonNullable<operations["ListPermissions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListPermissions">> = {
  action: "ListPermissions",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListPermissionsRequest,
};
