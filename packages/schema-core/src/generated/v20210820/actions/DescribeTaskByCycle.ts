// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTaskByCycle request body against the spec before anything is sent. */
export const validateDescribeTaskByCycleRequest: CompiledValidator<NonNullable<operations["DescribeTaskByCycle"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTaskByCycle"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"InCharge":{"t":"string"},"WorkflowId":{"t":"string"},"ProjectIds":{"t":"array","i":{"t":"string"}},"ResourceGroupIds":{"t":"array","i":{"t":"string"}},"TaskTypeIdList":{"t":"array","i":{"t":"string"}}}})));

/** DescribeTaskByCycle: what a client needs to send it. */
export const DescribeTaskByCycle: ActionRow<"DescribeTaskByCycle", NonNullable<operations["DescribeTaskByCycle"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTaskByCycle">> = {
  action: "DescribeTaskByCycle",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTaskByCycleRequest,
};
