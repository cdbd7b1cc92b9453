// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import * as rules from "../rules.js";

/** Checks a ListOpsTriggerWorkflows request body against the spec before anything is sent. */
export const validateListOpsTriggerWorkflowsRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListOpsTriggerWorkflows"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"Filters":{"t":"array","i":rules.Filter},"OrderFields":{"t":"array","i":rules.OrderField}}})));

/** ListOpsTriggerWorkflows: what a client needs to send it. */
export const ListOpsTriggerWorkflows: ActionRow<"ListOpsTriggerWorkflows", NonNullable<operations["ListOpsTriggerWorkflows"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListOpsTriggerWorkflows">> = {
  action: "ListOpsTriggerWorkflows",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListOpsTriggerWorkflowsRequest,
};
