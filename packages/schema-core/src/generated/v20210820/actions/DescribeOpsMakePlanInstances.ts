// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeOpsMakePlanInstances request body against the spec before anything is sent. */
export const validateDescribeOpsMakePlanInstancesRequest: CompiledValidator<NonNullable<operations["DescribeOpsMakePlanInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeOpsMakePlanInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","PlanId","TaskId"],"o":{"ProjectId":{"t":"string"},"PlanId":{"t":"string"},"TaskId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"StateList":{"t":"array","i":{"t":"integer"}}}})));

/** DescribeOpsMakePlanInstances: what a client needs to send it. */
export const DescribeOpsMakePlanInstances: ActionRow<"DescribeOpsMakePlanInstances", NonNullable<operations["DescribeOpsMakePlanInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeOpsMakePlanInstances">> = {
  action: "DescribeOpsMakePlanInstances",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeOpsMakePlanInstancesRequest,
};
