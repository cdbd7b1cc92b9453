// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { InstanceKey as ruleInstanceKey } from "../rules/InstanceKey.js";
import { KVMap as ruleKVMap } from "../rules/KVMap.js";
import { ProjectId as ruleProjectId } from "../rules/ProjectId.js";

/** Checks a RerunTaskInstancesAsync request body against the spec before anything is sent. */
export const validateRerunTaskInstancesAsyncRequest: CompiledValidator<NonNullable<operations["RerunTaskInstancesAsync"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RerunTaskInstancesAsync"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","InstanceKeyList"],"o":{"ProjectId":ruleProjectId,"InstanceKeyList":{"t":"array","i":ruleInstanceKey,"minI":1},"RerunType":{"t":"string","e":["1","2","3"]},"CheckParentType":{"t":"string","e":["ALL","MAKE_SCOPE","NONE"]},"SonRangeType":{"t":"string","e":["WORKFLOW","PROJECT","ALL"]},"SkipEventListening":{"t":"boolean"},"RedefineParallelNum":{"t":"integer"},"RedefineSelfWorkflowDependency":{"t":"string","e":["yes","no"]},"RedefineParamList":ruleKVMap}})));

/** RerunTaskInstancesAsync: what a client needs to send it. */
export const RerunTaskInstancesAsync: ActionRow<"RerunTaskInstancesAsync", NonNullable<operations["RerunTaskInstancesAsync"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RerunTaskInstancesAsync">> = {
  action: "RerunTaskInstancesAsync",
  version,
  rateLimit: 20,
  idempotent: false,
  checkWith: ["GetOpsAsyncJob","GetTaskInstance"],
  returnsData: true,
  validateRequest: validateRerunTaskInstancesAsyncRequest,
};
