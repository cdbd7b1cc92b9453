// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeRelatedTasksByTaskId request body against the spec before anything is sent. */
export const validateDescribeRelatedTasksByTaskIdRequest: CompiledValidator<NonNullable<operations["DescribeRelatedTasksByTaskId"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRelatedTasksByTaskId"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId","PageNumber","PageSize","DependencyDirection","Environment"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"DependencyDirection":{"t":"string"},"Environment":{"t":"string"},"TaskName":{"t":"string"},"CycleTypeList":{"t":"array","i":{"t":"string"}},"StatusList":{"t":"array","i":{"t":"string"}},"OwnerNameList":{"t":"array","i":{"t":"string"}}}})));

/** DescribeRelatedTasksByTaskId: what a client needs to send it. */
export const DescribeRelatedTasksByTaskId: ActionRow<"DescribeRelatedTasksByTaskId", NonNullable<operations["DescribeRelatedTasksByTaskId"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRelatedTasksByTaskId">> = {
  action: "DescribeRelatedTasksByTaskId",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeRelatedTasksByTaskIdRequest,
};
