// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TaskImportInfoInput as ruleTaskImportInfoInput } from "../rules/TaskImportInfoInput.js";

/** Checks a CreateOfflineTask request body against the spec before anything is sent. */
export const validateCreateOfflineTaskRequest: CompiledValidator<NonNullable<operations["CreateOfflineTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateOfflineTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","CycleStep","DelayTime","EndTime","Notes","StartTime","TaskName","TypeId","TaskAction","TaskMode"],"o":{"ProjectId":{"t":"string"},"CycleStep":{"t":"integer"},"DelayTime":{"t":"integer"},"EndTime":{"t":"string"},"Notes":{"t":"string"},"StartTime":{"t":"string"},"TaskName":{"t":"string"},"TypeId":{"t":"integer"},"TaskAction":{"t":"string"},"TaskMode":{"t":"string"},"TaskImportInfo":ruleTaskImportInfoInput}})));

/** CreateOfflineTask: what a client needs to send it. */
export const CreateOfflineTask: ActionRow<"CreateOfflineTask", NonNullable<operations["CreateOfflineTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateOfflineTask">> = {
  action: "CreateOfflineTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateOfflineTaskRequest,
};
