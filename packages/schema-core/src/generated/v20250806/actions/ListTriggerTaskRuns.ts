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

/** Checks a ListTriggerTaskRuns request body against the spec before anything is sent. */
export const validateListTriggerTaskRunsRequest: CompiledValidator<NonNullable<operations["ListTriggerTaskRuns"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListTriggerTaskRuns"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderField},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0}}})));

/** ListTriggerTaskRuns: what a client needs to send it. */
export const ListTriggerTaskRuns: ActionRow<"ListTriggerTaskRuns", NonNullable<operations["ListTriggerTaskRuns"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListTriggerTaskRuns">> = {
  action: "ListTriggerTaskRuns",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListTriggerTaskRunsRequest,
};
