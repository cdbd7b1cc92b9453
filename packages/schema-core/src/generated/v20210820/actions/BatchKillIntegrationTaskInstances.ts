// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SchedulerTaskInstanceInfo as ruleSchedulerTaskInstanceInfo } from "../rules/SchedulerTaskInstanceInfo.js";

/** Checks a BatchKillIntegrationTaskInstances request body against the spec before anything is sent. */
export const validateBatchKillIntegrationTaskInstancesRequest: CompiledValidator<NonNullable<operations["BatchKillIntegrationTaskInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["BatchKillIntegrationTaskInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Instances","ProjectId"],"o":{"Instances":{"t":"array","i":ruleSchedulerTaskInstanceInfo},"ProjectId":{"t":"string"}}})));

/** BatchKillIntegrationTaskInstances: what a client needs to send it. */
export const BatchKillIntegrationTaskInstances: ActionRow<"BatchKillIntegrationTaskInstances", NonNullable<operations["BatchKillIntegrationTaskInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "BatchKillIntegrationTaskInstances">> = {
  action: "BatchKillIntegrationTaskInstances",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateBatchKillIntegrationTaskInstancesRequest,
};
