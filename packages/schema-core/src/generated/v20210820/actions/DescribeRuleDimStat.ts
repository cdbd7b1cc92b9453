// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeRuleDimStat request body against the spec before anything is sent. */
export const validateDescribeRuleDimStatRequest: CompiledValidator<NonNullable<operations["DescribeRuleDimStat"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRuleDimStat"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","BeginDate","EndDate"],"o":{"ProjectId":{"t":"string"},"BeginDate":{"t":"string"},"EndDate":{"t":"string"}}})));

/** DescribeRuleDimStat: what a client needs to send it. */
export const DescribeRuleDimStat: ActionRow<"DescribeRuleDimStat", NonNullable<operations["DescribeRuleDimStat"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRuleDimStat">> = {
  action: "DescribeRuleDimStat",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeRuleDimStatRequest,
};
