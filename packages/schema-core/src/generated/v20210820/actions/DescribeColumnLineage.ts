// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ColumnLineageInfoInput as ruleColumnLineageInfoInput } from "../rules/ColumnLineageInfoInput.js";
import { RecordField as ruleRecordField } from "../rules/RecordField.js";

/** Checks a DescribeColumnLineage request body against the spec before anything is sent. */
export const validateDescribeColumnLineageRequest: CompiledValidator<NonNullable<operations["DescribeColumnLineage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeColumnLineage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Direction","Data"],"o":{"Direction":{"t":"string"},"Data":ruleColumnLineageInfoInput,"InputDepth":{"t":"integer"},"OutputDepth":{"t":"integer"},"ExtParams":{"t":"array","i":ruleRecordField},"IgnoreTemp":{"t":"boolean"}}})));

/** DescribeColumnLineage: what a client needs to send it. */
export const DescribeColumnLineage: ActionRow<"DescribeColumnLineage", NonNullable<operations["DescribeColumnLineage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeColumnLineage">> = {
  action: "DescribeColumnLineage",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeColumnLineageRequest,
};
