// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeLineageColumns request body against the spec before anything is sent. */
export const validateDescribeLineageColumnsRequest: CompiledValidator<NonNullable<operations["DescribeLineageColumns"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeLineageColumns"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TableId"],"o":{"TableId":{"t":"string"}}})));

/** DescribeLineageColumns: what a client needs to send it. */
export const DescribeLineageColumns: ActionRow<"DescribeLineageColumns", NonNullable<operations["DescribeLineageColumns"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeLineageColumns">> = {
  action: "DescribeLineageColumns",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeLineageColumnsRequest,
};
