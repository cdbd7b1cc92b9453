// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SchedulerTaskInstanceInfo as ruleSchedulerTaskInstanceInfo } from "../rules/SchedulerTaskInstanceInfo.js";

/** Checks a BatchRerunIntegrationTaskInstances request body against the spec before anything is sent. */
export const validateBatchRerunIntegrationTaskInstancesRequest: CompiledValidator<NonNullable<operations["BatchRerunIntegrationTaskInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchRerunIntegrationTaskInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Instances","ProjectId"],"o":{"Instances":{"t":"array","i":ruleSchedulerTaskInstanceInfo},"ProjectId":{"t":"string"}}})));

/** BatchRerunIntegrationTaskInstances: what a client needs to send it. */
export const BatchRerunIntegrationTaskInstances: ActionRow<"BatchRerunIntegrationTaskInstances", NonNullable<operations["BatchRerunIntegrationTaskInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchRerunIntegrationTaskInstances">> = {
  action: "BatchRerunIntegrationTaskInstances",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateBatchRerunIntegrationTaskInstancesRequest,
};
