// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetTaskFolder request body against the spec before anything is sent. */
export const validateGetTaskFolderRequest: CompiledValidator<NonNullable<operations["GetTaskFolder"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetTaskFolder"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId","TaskFolderId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"TaskFolderId":{"t":"string"}}})));

/** GetTaskFolder: what a client needs to send it. */
export const GetTaskFolder: ActionRow<"GetTaskFolder", NonNullable<operations["GetTaskFolder"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetTaskFolder">> = {
  action: "GetTaskFolder",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetTaskFolderRequest,
};
