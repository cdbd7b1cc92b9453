// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeDependOpsTasks request body against the spec before anything is sent. */
export const validateDescribeDependOpsTasksRequest: CompiledValidator<NonNullable<operations["DescribeDependOpsTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeDependOpsTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","Deep","Up","ProjectId","WorkflowId"],"o":{"TaskId":{"t":"string"},"Deep":{"t":"integer","min":0},"Up":{"t":"integer","min":0},"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"}}})));

/** DescribeDependOpsTasks: what a client needs to send it. */
export const DescribeDependOpsTasks: ActionRow<"DescribeDependOpsTasks", NonNullable<operations["DescribeDependOpsTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeDependOpsTasks">> = {
  action: "DescribeDependOpsTasks",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeDependOpsTasksRequest,
};
