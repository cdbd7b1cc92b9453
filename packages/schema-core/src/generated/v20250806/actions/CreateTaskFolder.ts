// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateTaskFolder request body against the spec before anything is sent. */
export const validateCreateTaskFolderRequest: CompiledValidator<NonNullable<operations["CreateTaskFolder"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateTaskFolder"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ParentTaskFolderPath","TaskFolderName","TaskFolderType","WorkflowId"],"o":{"ProjectId":{"t":"string"},"ParentTaskFolderPath":{"t":"string"},"TaskFolderName":{"t":"string"},"TaskFolderType":{"t":"string"},"WorkflowId":{"t":"string"}}})));

/** CreateTaskFolder: what a client needs to send it. */
export const CreateTaskFolder: ActionRow<"CreateTaskFolder", NonNullable<operations["CreateTaskFolder"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateTaskFolder">> = {
  action: "CreateTaskFolder",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateTaskFolderRequest,
};
