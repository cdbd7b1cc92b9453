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

/** Checks a ListDownstreamTaskInstances request body against the spec before anything is sent. */
export const validateListDownstreamTaskInstancesRequest: CompiledValidator<NonNullable<operations["ListDownstreamTaskInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListDownstreamTaskInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","InstanceKey"],"o":{"ProjectId":ruleProjectId,"InstanceKey":ruleInstanceKey,"TimeZone":ruleTimeZone,"PageNumber":{"t":"integer","min":1},"PageSize":{"t":"integer","min":1,"max":100}}})));

/** ListDownstreamTaskInstances: what a client needs to send it. */
export const ListDownstreamTaskInstances: ActionRow<"ListDownstreamTaskInstances", NonNullable<operations["ListDownstreamTaskInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListDownstreamTaskInstances">> = {
  action: "ListDownstreamTaskInstances",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListDownstreamTaskInstancesRequest,
};
