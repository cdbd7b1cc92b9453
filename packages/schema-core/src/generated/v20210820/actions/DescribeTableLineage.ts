// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { LineageParamRecordInput as ruleLineageParamRecordInput } from "../rules/LineageParamRecordInput.js";
import { TableLineageInfoInput as ruleTableLineageInfoInput } from "../rules/TableLineageInfoInput.js";

/** Checks a DescribeTableLineage request body against the spec before anything is sent. */
export const validateDescribeTableLineageRequest: CompiledValidator<NonNullable<operations["DescribeTableLineage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTableLineage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Direction","Data"],"o":{"Direction":{"t":"string"},"Data":ruleTableLineageInfoInput,"InputDepth":{"t":"integer"},"OutputDepth":{"t":"integer"},"ExtParams":{"t":"array","i":ruleLineageParamRecordInput},"IgnoreTemp":{"t":"boolean"},"RecursiveSecond":{"t":"boolean"}}})));

/** DescribeTableLineage: what a client needs to send it. */
export const DescribeTableLineage: ActionRow<"DescribeTableLineage", NonNullable<operations["DescribeTableLineage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTableLineage">> = {
  action: "DescribeTableLineage",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeTableLineageRequest,
};
