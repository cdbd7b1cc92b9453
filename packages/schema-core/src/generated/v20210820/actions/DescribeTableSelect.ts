// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTableSelect request body against the spec before anything is sent. */
export const validateDescribeTableSelectRequest: CompiledValidator<NonNullable<operations["DescribeTableSelect"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTableSelect"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TableId"],"o":{"TableId":{"t":"string"}}})));

/** DescribeTableSelect: what a client needs to send it. */
export const DescribeTableSelect: ActionRow<"DescribeTableSelect", NonNullable<operations["DescribeTableSelect"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTableSelect">> = {
  action: "DescribeTableSelect",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeTableSelectRequest,
};
