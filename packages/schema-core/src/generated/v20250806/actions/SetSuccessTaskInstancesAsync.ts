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

/** Checks a SetSuccessTaskInstancesAsync request body against the spec before anything is sent. */
export const validateSetSuccessTaskInstancesAsyncRequest: CompiledValidator<NonNullable<operations["SetSuccessTaskInstancesAsync"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["SetSuccessTaskInstancesAsync"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","InstanceKeyList"],"o":{"ProjectId":ruleProjectId,"InstanceKeyList":{"t":"array","i":ruleInstanceKey,"minI":1}}})));

/** SetSuccessTaskInstancesAsync: what a client needs to send it. */
export const SetSuccessTaskInstancesAsync: ActionRow<"SetSuccessTaskInstancesAsync", NonNullable<operations["SetSuccessTaskInstancesAsync"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "SetSuccessTaskInstancesAsync">> = {
  action: "SetSuccessTaskInstancesAsync",
  version,
  rateLimit: 20,
  idempotent: false,
  checkWith: ["GetOpsAsyncJob","GetTaskInstance"],
  returnsData: true,
  validateRequest: validateSetSuccessTaskInstancesAsyncRequest,
};
