// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeParentTask request body against the spec before anything is sent. */
export const validateDescribeParentTaskRequest: CompiledValidator<NonNullable<operations["DescribeParentTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeParentTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"}}})));

/** DescribeParentTask: what a client needs to send it. */
export const DescribeParentTask: ActionRow<"DescribeParentTask", NonNullable<operations["DescribeParentTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeParentTask">> = {
  action: "DescribeParentTask",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeParentTaskRequest,
};
