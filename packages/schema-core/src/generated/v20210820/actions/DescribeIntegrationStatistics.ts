// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeIntegrationStatistics request body against the spec before anything is sent. */
export const validateDescribeIntegrationStatisticsRequest: CompiledValidator<NonNullable<operations["DescribeIntegrationStatistics"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeIntegrationStatistics"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskType","ProjectId"],"o":{"TaskType":{"t":"integer"},"ProjectId":{"t":"string"},"QueryDate":{"t":"string"}}})));

/** DescribeIntegrationStatistics: what a client needs to send it. */
export const DescribeIntegrationStatistics: ActionRow<"DescribeIntegrationStatistics", NonNullable<operations["DescribeIntegrationStatistics"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeIntegrationStatistics">> = {
  action: "DescribeIntegrationStatistics",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeIntegrationStatisticsRequest,
};
