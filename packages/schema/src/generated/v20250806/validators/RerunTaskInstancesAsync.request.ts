// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { createRequestValidator } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { InstanceKey, KVMap, ProjectId } from "./shared-rules.js";

/** Checks a RerunTaskInstancesAsync request body against the spec before anything is sent. */
export const validateRerunTaskInstancesAsyncRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RerunTaskInstancesAsync"]["requestBody"]>["content"]["application/json"]>({"t":"object","x":1,"r":["ProjectId","InstanceKeyList"],"o":{"ProjectId":ProjectId,"InstanceKeyList":{"t":"array","minI":1,"i":InstanceKey},"RerunType":{"t":"string"},"CheckParentType":{"t":"string"},"SonRangeType":{"t":"string"},"SkipEventListening":{"t":"boolean"},"RedefineParallelNum":{"t":"integer"},"RedefineSelfWorkflowDependency":{"t":"string"},"RedefineParamList":KVMap}});
