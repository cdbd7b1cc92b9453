// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeWorkflowExecuteById request body against the spec before anything is sent. */
export const validateDescribeWorkflowExecuteByIdRequest: CompiledValidator<NonNullable<operations["DescribeWorkflowExecuteById"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeWorkflowExecuteById"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"WorkFlowIdList":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0}}})));

/** DescribeWorkflowExecuteById: what a client needs to send it. */
export const DescribeWorkflowExecuteById: ActionRow<"DescribeWorkflowExecuteById", NonNullable<operations["DescribeWorkflowExecuteById"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeWorkflowExecuteById">> = {
  action: "DescribeWorkflowExecuteById",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeWorkflowExecuteByIdRequest,
};
