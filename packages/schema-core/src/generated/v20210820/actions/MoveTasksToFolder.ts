// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a MoveTasksToFolder request body against the spec before anything is sent. */
export const validateMoveTasksToFolderRequest: CompiledValidator<NonNullable<operations["MoveTasksToFolder"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["MoveTasksToFolder"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId","TaskFolderId","TaskIds","VirtualTaskIds"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"TaskFolderId":{"t":"string"},"TaskIds":{"t":"array","i":{"t":"string"}},"VirtualTaskIds":{"t":"array","i":{"t":"string"}}}})));

/** MoveTasksToFolder: what a client needs to send it. */
export const MoveTasksToFolder: ActionRow<"MoveTasksToFolder", NonNullable<operations["MoveTasksToFolder"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "MoveTasksToFolder">> = {
  action: "MoveTasksToFolder",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateMoveTasksToFolderRequest,
};
