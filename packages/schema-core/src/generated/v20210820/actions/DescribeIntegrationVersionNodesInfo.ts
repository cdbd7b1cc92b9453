// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeIntegrationVersionNodesInfo request body against the spec before anything is sent. */
export const validateDescribeIntegrationVersionNodesInfoRequest: CompiledValidator<NonNullable<operations["DescribeIntegrationVersionNodesInfo"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeIntegrationVersionNodesInfo"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","ProjectId","TaskVersionPath"],"o":{"TaskId":{"t":"string"},"ProjectId":{"t":"string"},"TaskVersionPath":{"t":"string"},"TaskVersion":{"t":"string"}}})));

/** DescribeIntegrationVersionNodesInfo: what a client needs to send it. */
export const DescribeIntegrationVersionNodesInfo: ActionRow<"DescribeIntegrationVersionNodesInfo", NonNullable<operations["DescribeIntegrationVersionNodesInfo"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeIntegrationVersionNodesInfo">> = {
  action: "DescribeIntegrationVersionNodesInfo",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeIntegrationVersionNodesInfoRequest,
};
