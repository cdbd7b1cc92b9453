// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { createRequestValidator } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { ProjectId } from "./shared-rules.js";

/** Checks a GetOpsAsyncJob request body against the spec before anything is sent. */
export const validateGetOpsAsyncJobRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetOpsAsyncJob"]["requestBody"]>["content"]["application/json"]>({"t":"object","x":1,"r":["ProjectId","AsyncId"],"o":{"ProjectId":ProjectId,"AsyncId":{"t":"string"}}});
