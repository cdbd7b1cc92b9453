// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a BatchRunOpsTask request body against the spec before anything is sent. */
export const validateBatchRunOpsTaskRequest: CompiledValidator<NonNullable<operations["BatchRunOpsTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchRunOpsTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","EnableMakeUp","Tasks"],"o":{"ProjectId":{"t":"string"},"EnableMakeUp":{"t":"integer"},"Tasks":{"t":"array","i":{"t":"string"}}}})));

/** BatchRunOpsTask: what a client needs to send it. */
export const BatchRunOpsTask: ActionRow<"BatchRunOpsTask", NonNullable<operations["BatchRunOpsTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchRunOpsTask">> = {
  action: "BatchRunOpsTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateBatchRunOpsTaskRequest,
};
