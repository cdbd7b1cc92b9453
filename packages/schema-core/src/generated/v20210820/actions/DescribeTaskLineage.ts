// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTaskLineage request body against the spec before anything is sent. */
export const validateDescribeTaskLineageRequest: CompiledValidator<NonNullable<operations["DescribeTaskLineage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTaskLineage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RequestFromSource":{"t":"string"},"TaskId":{"t":"string"}}})));

/** DescribeTaskLineage: what a client needs to send it. */
export const DescribeTaskLineage: ActionRow<"DescribeTaskLineage", NonNullable<operations["DescribeTaskLineage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTaskLineage">> = {
  action: "DescribeTaskLineage",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeTaskLineageRequest,
};
