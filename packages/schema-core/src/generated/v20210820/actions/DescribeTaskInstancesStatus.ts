// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTaskInstancesStatus request body against the spec before anything is sent. */
export const validateDescribeTaskInstancesStatusRequest: CompiledValidator<NonNullable<operations["DescribeTaskInstancesStatus"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTaskInstancesStatus"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["RecordIdList","WorkflowId","ProjectId"],"o":{"RecordIdList":{"t":"array","i":{"t":"string"}},"WorkflowId":{"t":"string"},"ProjectId":{"t":"string"}}})));

/** DescribeTaskInstancesStatus: what a client needs to send it. */
export const DescribeTaskInstancesStatus: ActionRow<"DescribeTaskInstancesStatus", NonNullable<operations["DescribeTaskInstancesStatus"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTaskInstancesStatus">> = {
  action: "DescribeTaskInstancesStatus",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTaskInstancesStatusRequest,
};
