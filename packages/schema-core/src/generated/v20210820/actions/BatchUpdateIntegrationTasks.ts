// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a BatchUpdateIntegrationTasks request body against the spec before anything is sent. */
export const validateBatchUpdateIntegrationTasksRequest: CompiledValidator<NonNullable<operations["BatchUpdateIntegrationTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchUpdateIntegrationTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskIds","Incharge","TaskType","ProjectId"],"o":{"TaskIds":{"t":"array","i":{"t":"string"}},"Incharge":{"t":"string"},"TaskType":{"t":"integer"},"ProjectId":{"t":"string"},"InchargeIds":{"t":"string"},"TaskNames":{"t":"array","i":{"t":"string"}}}})));

/** BatchUpdateIntegrationTasks: what a client needs to send it. */
export const BatchUpdateIntegrationTasks: ActionRow<"BatchUpdateIntegrationTasks", NonNullable<operations["BatchUpdateIntegrationTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchUpdateIntegrationTasks">> = {
  action: "BatchUpdateIntegrationTasks",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateBatchUpdateIntegrationTasksRequest,
};
