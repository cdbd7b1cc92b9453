// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeInstancesByExecutors request body against the spec before anything is sent. */
export const validateDescribeInstancesByExecutorsRequest: CompiledValidator<NonNullable<operations["DescribeInstancesByExecutors"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeInstancesByExecutors"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ProjectId":{"t":"string"},"ExecutorGroupIdList":{"t":"array","i":{"t":"string"}}}})));

/** DescribeInstancesByExecutors: what a client needs to send it. */
export const DescribeInstancesByExecutors: ActionRow<"DescribeInstancesByExecutors", NonNullable<operations["DescribeInstancesByExecutors"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeInstancesByExecutors">> = {
  action: "DescribeInstancesByExecutors",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeInstancesByExecutorsRequest,
};
