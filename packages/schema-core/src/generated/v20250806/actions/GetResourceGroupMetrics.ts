// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetResourceGroupMetrics request body against the spec before anything is sent. */
export const validateGetResourceGroupMetricsRequest: CompiledValidator<NonNullable<operations["GetResourceGroupMetrics"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetResourceGroupMetrics"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ResourceGroupId"],"o":{"ResourceGroupId":{"t":"string"},"StartTime":{"t":"integer","min":0},"EndTime":{"t":"integer","min":0},"MetricType":{"t":"string"},"Granularity":{"t":"integer","min":0}}})));

/** GetResourceGroupMetrics: what a client needs to send it. */
export const GetResourceGroupMetrics: ActionRow<"GetResourceGroupMetrics", NonNullable<operations["GetResourceGroupMetrics"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetResourceGroupMetrics">> = {
  action: "GetResourceGroupMetrics",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetResourceGroupMetricsRequest,
};
