// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SchedulerTaskInstanceInfo as ruleSchedulerTaskInstanceInfo } from "../rules/SchedulerTaskInstanceInfo.js";

/** Checks a BatchForceSuccessIntegrationTaskInstances request body against the spec before anything is sent. */
export const validateBatchForceSuccessIntegrationTaskInstancesRequest: CompiledValidator<NonNullable<operations["BatchForceSuccessIntegrationTaskInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchForceSuccessIntegrationTaskInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Instances","ProjectId"],"o":{"Instances":{"t":"array","i":ruleSchedulerTaskInstanceInfo},"ProjectId":{"t":"string"}}})));

/** BatchForceSuccessIntegrationTaskInstances: what a client needs to send it. */
export const BatchForceSuccessIntegrationTaskInstances: ActionRow<"BatchForceSuccessIntegrationTaskInstances", NonNullable<operations["BatchForceSuccessIntegrationTaskInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchForceSuccessIntegrationTaskInstances">> = {
  action: "BatchForceSuccessIntegrationTaskInstances",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateBatchForceSuccessIntegrationTaskInstancesRequest,
};
