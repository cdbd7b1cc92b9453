// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TaskExtInfo as ruleTaskExtInfo } from "../rules/TaskExtInfo.js";

/** Checks a CreateTask request body against the spec before anything is sent. */
export const validateCreateTaskRequest: CompiledValidator<NonNullable<operations["CreateTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId","TaskName","TaskType"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"TaskName":{"t":"string"},"TaskType":{"t":"integer"},"TaskExt":{"t":"array","i":ruleTaskExtInfo}}})));

/** CreateTask (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const CreateTask: ActionRow<"CreateTask", NonNullable<operations["CreateTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateTask">> = {
  action: "CreateTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateTaskRequest,
};
