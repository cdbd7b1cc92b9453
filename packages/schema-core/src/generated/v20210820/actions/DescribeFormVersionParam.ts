// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeFormVersionParam request body against the spec before anything is sent. */
export const validateDescribeFormVersionParamRequest: CompiledValidator<NonNullable<operations["DescribeFormVersionParam"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeFormVersionParam"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","CodeTemplateId"],"o":{"ProjectId":{"t":"string"},"CodeTemplateId":{"t":"string"},"OriginalParams":{"t":"array","i":{"t":"string"}},"Page":{"t":"integer"},"Size":{"t":"integer"},"Source":{"t":"string"}}})));

/** DescribeFormVersionParam: what a client needs to send it. */
export const DescribeFormVersionParam: ActionRow<"DescribeFormVersionParam", NonNullable<operations["DescribeFormVersionParam"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeFormVersionParam">> = {
  action: "DescribeFormVersionParam",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeFormVersionParamRequest,
};
