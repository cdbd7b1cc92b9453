// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { createRequestValidator } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { InstanceKey, ProjectId, TimeZone } from "./shared-rules.js";

/** Checks a ListUpstreamTaskInstances request body against the spec before anything is sent. */
export const validateListUpstreamTaskInstancesRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListUpstreamTaskInstances"]["requestBody"]>["content"]["application/json"]>({"t":"object","x":1,"r":["ProjectId","InstanceKey"],"o":{"ProjectId":ProjectId,"InstanceKey":InstanceKey,"TimeZone":TimeZone,"PageNumber":{"t":"integer","min":1},"PageSize":{"t":"integer","min":1,"max":100}}});
