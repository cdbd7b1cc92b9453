// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeInstanceLog request body against the spec before anything is sent. */
export const validateDescribeInstanceLogRequest: CompiledValidator<NonNullable<operations["DescribeInstanceLog"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeInstanceLog"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","CurRunDate","BrokerIp","OriginFileName"],"o":{"TaskId":{"t":"string"},"CurRunDate":{"t":"string"},"BrokerIp":{"t":"string"},"OriginFileName":{"t":"string"}}})));

/** DescribeInstanceLog: what a client needs to send it. */
export const DescribeInstanceLog: ActionRow<"DescribeInstanceLog", NonNullable<operations["DescribeInstanceLog"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeInstanceLog">> = {
  action: "DescribeInstanceLog",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeInstanceLogRequest,
};
