// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTaskScript request body against the spec before anything is sent. */
export const validateDescribeTaskScriptRequest: CompiledValidator<NonNullable<operations["DescribeTaskScript"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTaskScript"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"}}})));

/** DescribeTaskScript (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const DescribeTaskScript: ActionRow<"DescribeTaskScript", NonNullable<operations["DescribeTaskScript"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTaskScript">> = {
  action: "DescribeTaskScript",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTaskScriptRequest,
};
