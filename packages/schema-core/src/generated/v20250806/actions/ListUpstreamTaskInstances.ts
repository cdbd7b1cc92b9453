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

/** Checks a ListUpstreamTaskInstances request body against the spec before anything is sent. */
export const validateListUpstreamTaskInstancesRequest: CompiledValidator<NonNullable<operations["ListUpstreamTaskInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListUpstreamTaskInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","InstanceKey"],"o":{"ProjectId":ruleProjectId,"InstanceKey":ruleInstanceKey,"TimeZone":ruleTimeZone,"PageNumber":{"t":"integer","min":1},"PageSize":{"t":"integer","min":1,"max":100}}})));

/** ListUpstreamTaskInstances: what a client needs to send it. */
export const ListUpstreamTaskInstances: ActionRow<"ListUpstreamTaskInstances", NonNullable<operations["ListUpstreamTaskInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListUpstreamTaskInstances">> = {
  action: "ListUpstreamTaskInstances",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListUpstreamTaskInstancesRequest,
};
