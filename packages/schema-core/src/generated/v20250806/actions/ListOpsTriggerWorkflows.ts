// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";
import { OrderField as ruleOrderField } from "../rules/OrderField.js";

/** Checks a ListOpsTriggerWorkflows request body against the spec before anything is sent. */
export const validateListOpsTriggerWorkflowsRequest: CompiledValidator<NonNullable<operations["ListOpsTriggerWorkflows"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListOpsTriggerWorkflows"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderField}}})));

/** ListOpsTriggerWorkflows: what a client needs to send it. */
export const ListOpsTriggerWorkflows: ActionRow<"ListOpsTriggerWorkflows", NonNullable<operations["ListOpsTriggerWorkflows"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListOpsTriggerWorkflows">> = {
  action: "ListOpsTriggerWorkflows",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListOpsTriggerWorkflowsRequest,
};
