// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeSchedulerRunTimeInstanceCntByStatus request body against the spec before anything is sent. */
export const validateDescribeSchedulerRunTimeInstanceCntByStatusRequest: CompiledValidator<NonNullable<operations["DescribeSchedulerRunTimeInstanceCntByStatus"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeSchedulerRunTimeInstanceCntByStatus"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"CycleUnit":{"t":"string"},"TimeUnit":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"TaskType":{"t":"integer"},"InCharge":{"t":"string"},"WorkflowId":{"t":"string"},"SortItem":{"t":"string"},"SortType":{"t":"string"},"ProjectIds":{"t":"array","i":{"t":"string"}}}})));

/** DescribeSchedulerRunTimeInstanceCntByStatus: what a client needs to send it. */
export const DescribeSchedulerRunTimeInstanceCntByStatus: ActionRow<"DescribeSchedulerRunTimeInstanceCntByStatus", NonNullable<operations["DescribeSchedulerRunTimeInstanceCntByStatus"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeSchedulerRunTimeInstanceCntByStatus">> = {
  action: "DescribeSchedulerRunTimeInstanceCntByStatus",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeSchedulerRunTimeInstanceCntByStatusRequest,
};
