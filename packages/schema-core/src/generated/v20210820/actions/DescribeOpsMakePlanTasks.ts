// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeOpsMakePlanTasks request body against the spec before anything is sent. */
export const validateDescribeOpsMakePlanTasksRequest: CompiledValidator<NonNullable<operations["DescribeOpsMakePlanTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeOpsMakePlanTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","PlanId"],"o":{"ProjectId":{"t":"string"},"PlanId":{"t":"string"},"StateList":{"t":"array","i":{"t":"integer"}},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"}}})));

/** DescribeOpsMakePlanTasks: what a client needs to send it. */
export const DescribeOpsMakePlanTasks: ActionRow<"DescribeOpsMakePlanTasks", NonNullable<operations["DescribeOpsMakePlanTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeOpsMakePlanTasks">> = {
  action: "DescribeOpsMakePlanTasks",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeOpsMakePlanTasksRequest,
};
