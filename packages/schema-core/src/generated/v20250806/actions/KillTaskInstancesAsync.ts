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

/** Checks a KillTaskInstancesAsync request body against the spec before anything is sent. */
export const validateKillTaskInstancesAsyncRequest: CompiledValidator<NonNullable<operations["KillTaskInstancesAsync"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["KillTaskInstancesAsync"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","InstanceKeyList"],"o":{"ProjectId":ruleProjectId,"InstanceKeyList":{"t":"array","i":ruleInstanceKey,"minI":1}}})));

/** KillTaskInstancesAsync: what a client needs to send it. */
export const KillTaskInstancesAsync: ActionRow<"KillTaskInstancesAsync", NonNullable<operations["KillTaskInstancesAsync"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "KillTaskInstancesAsync">> = {
  action: "KillTaskInstancesAsync",
  version,
  rateLimit: 20,
  idempotent: false,
  checkWith: ["GetOpsAsyncJob","GetTaskInstance"],
  returnsData: true,
  validateRequest: validateKillTaskInstancesAsyncRequest,
};
