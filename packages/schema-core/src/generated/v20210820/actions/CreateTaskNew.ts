// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TaskExtInfo as ruleTaskExtInfo } from "../rules/TaskExtInfo.js";

/** Checks a CreateTaskNew request body against the spec before anything is sent. */
export const validateCreateTaskNewRequest: CompiledValidator<NonNullable<operations["CreateTaskNew"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateTaskNew"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId","TaskName","TaskType","Content"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"TaskName":{"t":"string"},"TaskType":{"t":"integer"},"Content":{"t":"string"},"TaskExt":{"t":"array","i":ruleTaskExtInfo},"ProductName":{"t":"string"},"InstanceInitStrategy":{"t":"string"},"LeftCoordinate":{"t":"number"},"TopCoordinate":{"t":"number"},"TaskFolderId":{"t":"string"},"CodeTemplateId":{"t":"string"}}})));

/** CreateTaskNew: what a client needs to send it. */
export const CreateTaskNew: ActionRow<"CreateTaskNew", NonNullable<operations["CreateTaskNew"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateTaskNew">> = {
  action: "CreateTaskNew",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateTaskNewRequest,
};
