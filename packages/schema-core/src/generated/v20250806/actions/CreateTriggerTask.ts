// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { CreateTriggerTaskBaseAttribute as ruleCreateTriggerTaskBaseAttribute } from "../rules/CreateTriggerTaskBaseAttribute.js";
import { CreateTriggerTaskConfiguration as ruleCreateTriggerTaskConfiguration } from "../rules/CreateTriggerTaskConfiguration.js";
import { CreateTriggerTaskSchedulerConfiguration as ruleCreateTriggerTaskSchedulerConfiguration } from "../rules/CreateTriggerTaskSchedulerConfiguration.js";

/** Checks a CreateTriggerTask request body against the spec before anything is sent. */
export const validateCreateTriggerTaskRequest: CompiledValidator<NonNullable<operations["CreateTriggerTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateTriggerTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TriggerTaskBaseAttribute","TriggerTaskConfiguration","TriggerTaskSchedulerConfiguration"],"o":{"ProjectId":{"t":"string"},"TriggerTaskBaseAttribute":ruleCreateTriggerTaskBaseAttribute,"TriggerTaskConfiguration":ruleCreateTriggerTaskConfiguration,"TriggerTaskSchedulerConfiguration":ruleCreateTriggerTaskSchedulerConfiguration}})));

/** CreateTriggerTask: what a client needs to send it. */
export const CreateTriggerTask: ActionRow<"CreateTriggerTask", NonNullable<operations["CreateTriggerTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateTriggerTask">> = {
  action: "CreateTriggerTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateTriggerTaskRequest,
};
