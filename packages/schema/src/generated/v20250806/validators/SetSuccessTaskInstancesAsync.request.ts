// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { createRequestValidator } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { InstanceKey, ProjectId } from "./shared-rules.js";

/** Checks a SetSuccessTaskInstancesAsync request body against the spec before anything is sent. */
export const validateSetSuccessTaskInstancesAsyncRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["SetSuccessTaskInstancesAsync"]["requestBody"]>["content"]["application/json"]>({"t":"object","x":1,"r":["ProjectId","InstanceKeyList"],"o":{"ProjectId":ProjectId,"InstanceKeyList":{"t":"array","minI":1,"i":InstanceKey}}});
