// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { CreateTaskBaseAttribute as ruleCreateTaskBaseAttribute } from "../rules/CreateTaskBaseAttribute.js";
import { CreateTaskConfiguration as ruleCreateTaskConfiguration } from "../rules/CreateTaskConfiguration.js";
import { CreateTaskSchedulerConfiguration as ruleCreateTaskSchedulerConfiguration } from "../rules/CreateTaskSchedulerConfiguration.js";

/** Checks a CreateTask request body against the spec before anything is sent. */
export const validateCreateTaskRequest: CompiledValidator<NonNullable<operations["CreateTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskBaseAttribute","TaskConfiguration","TaskSchedulerConfiguration"],"o":{"ProjectId":{"t":"string"},"TaskBaseAttribute":ruleCreateTaskBaseAttribute,"TaskConfiguration":ruleCreateTaskConfiguration,"TaskSchedulerConfiguration":ruleCreateTaskSchedulerConfiguration}})));

/** CreateTask: what a client needs to send it. */
export const CreateTask: ActionRow<"CreateTask", NonNullable<operations["CreateTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateTask">> = {
  action: "CreateTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateTaskRequest,
};
