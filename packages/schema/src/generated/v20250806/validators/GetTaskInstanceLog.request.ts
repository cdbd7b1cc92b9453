// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { createRequestValidator } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { InstanceKey, ProjectId } from "./shared-rules.js";

/** Checks a GetTaskInstanceLog request body against the spec before anything is sent. */
export const validateGetTaskInstanceLogRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetTaskInstanceLog"]["requestBody"]>["content"]["application/json"]>({"t":"object","x":1,"r":["ProjectId","InstanceKey"],"o":{"ProjectId":ProjectId,"InstanceKey":InstanceKey,"LifeRoundNum":{"t":"integer","min":0},"LogLevel":{"t":"string","e":["Info","Debug","Warn","Error","All"]},"NextCursor":{"t":"string"}}});
