// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { InstanceKey as ruleInstanceKey } from "../rules/InstanceKey.js";
import { ProjectId as ruleProjectId } from "../rules/ProjectId.js";
import { TimeZone as ruleTimeZone } from "../rules/TimeZone.js";

/** Checks a ListTaskInstanceExecutions request body against the spec before anything is sent. */
export const validateListTaskInstanceExecutionsRequest: CompiledValidator<NonNullable<operations["ListTaskInstanceExecutions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListTaskInstanceExecutions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","InstanceKey"],"o":{"ProjectId":ruleProjectId,"InstanceKey":ruleInstanceKey,"TimeZone":ruleTimeZone,"PageSize":{"t":"integer","min":1,"max":200},"PageNumber":{"t":"integer","min":1}}})));

/** ListTaskInstanceExecutions: what a client needs to send it. */
export const ListTaskInstanceExecutions: ActionRow<"ListTaskInstanceExecutions", NonNullable<operations["ListTaskInstanceExecutions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListTaskInstanceExecutions">> = {
  action: "ListTaskInstanceExecutions",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListTaskInstanceExecutionsRequest,
};
