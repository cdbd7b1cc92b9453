// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeLineageInfo request body against the spec before anything is sent. */
export const validateDescribeLineageInfoRequest: CompiledValidator<NonNullable<operations["DescribeLineageInfo"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeLineageInfo"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ResourceOriId":{"t":"string"},"ResourceType":{"t":"string"},"QualifiedId":{"t":"string"},"Direction":{"t":"string"},"InputDepth":{"t":"integer"},"OutputDepth":{"t":"integer"},"Platform":{"t":"string"},"LineageType":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"}}})));

/** DescribeLineageInfo: what a client needs to send it. */
export const DescribeLineageInfo: ActionRow<"DescribeLineageInfo", NonNullable<operations["DescribeLineageInfo"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeLineageInfo">> = {
  action: "DescribeLineageInfo",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeLineageInfoRequest,
};
