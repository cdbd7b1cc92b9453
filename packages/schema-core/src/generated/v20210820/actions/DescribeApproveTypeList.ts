// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeApproveTypeList request body against the spec before anything is sent. */
export const validateDescribeApproveTypeListRequest: CompiledValidator<NonNullable<operations["DescribeApproveTypeList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeApproveTypeList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Classification"],"o":{"Classification":{"t":"string"}}})));

/** DescribeApproveTypeList: what a client needs to send it. */
export const DescribeApproveTypeList: ActionRow<"DescribeApproveTypeList", NonNullable<operations["DescribeApproveTypeList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeApproveTypeList">> = {
  action: "DescribeApproveTypeList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeApproveTypeListRequest,
};
