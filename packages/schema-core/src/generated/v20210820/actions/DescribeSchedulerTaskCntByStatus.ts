// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeSchedulerTaskCntByStatus request body against the spec before anything is sent. */
export const validateDescribeSchedulerTaskCntByStatusRequest: CompiledValidator<NonNullable<operations["DescribeSchedulerTaskCntByStatus"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeSchedulerTaskCntByStatus"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TaskType":{"t":"integer","min":0},"TypeName":{"t":"string"},"ProjectId":{"t":"string"},"InCharge":{"t":"string"},"WorkflowId":{"t":"string"},"ProjectIds":{"t":"array","i":{"t":"string"}},"ResourceGroupIds":{"t":"array","i":{"t":"string"}}}})));

/** DescribeSchedulerTaskCntByStatus: what a client needs to send it. */
export const DescribeSchedulerTaskCntByStatus: ActionRow<"DescribeSchedulerTaskCntByStatus", NonNullable<operations["DescribeSchedulerTaskCntByStatus"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeSchedulerTaskCntByStatus">> = {
  action: "DescribeSchedulerTaskCntByStatus",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeSchedulerTaskCntByStatusRequest,
};
