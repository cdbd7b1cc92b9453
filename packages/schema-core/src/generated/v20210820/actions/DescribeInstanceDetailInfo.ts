// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeInstanceDetailInfo request body against the spec before anything is sent. */
export const validateDescribeInstanceDetailInfoRequest: CompiledValidator<NonNullable<operations["DescribeInstanceDetailInfo"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeInstanceDetailInfo"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","CurRunDate"],"o":{"TaskId":{"t":"string"},"CurRunDate":{"t":"string"},"ProjectId":{"t":"string"},"LifeRound":{"t":"integer"},"LifeRoundStartIndex":{"t":"integer"},"LifeRoundSize":{"t":"integer"},"TotalLifeRound":{"t":"string"},"Dynamic":{"t":"boolean"}}})));

/** DescribeInstanceDetailInfo: what a client needs to send it. */
export const DescribeInstanceDetailInfo: ActionRow<"DescribeInstanceDetailInfo", NonNullable<operations["DescribeInstanceDetailInfo"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeInstanceDetailInfo">> = {
  action: "DescribeInstanceDetailInfo",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeInstanceDetailInfoRequest,
};
