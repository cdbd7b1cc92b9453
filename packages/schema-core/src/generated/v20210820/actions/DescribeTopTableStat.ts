// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTopTableStat request body against the spec before anything is sent. */
export const validateDescribeTopTableStatRequest: CompiledValidator<NonNullable<operations["DescribeTopTableStat"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTopTableStat"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","BeginDate","EndDate"],"o":{"ProjectId":{"t":"string"},"BeginDate":{"t":"string"},"EndDate":{"t":"string"}}})));

/** DescribeTopTableStat: what a client needs to send it. */
export const DescribeTopTableStat: ActionRow<"DescribeTopTableStat", NonNullable<operations["DescribeTopTableStat"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTopTableStat">> = {
  action: "DescribeTopTableStat",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTopTableStatRequest,
};
