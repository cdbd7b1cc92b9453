// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UpdateWorkflowFolder request body against the spec before anything is sent. */
export const validateUpdateWorkflowFolderRequest: CompiledValidator<NonNullable<operations["UpdateWorkflowFolder"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateWorkflowFolder"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","FolderId","FolderName"],"o":{"ProjectId":{"t":"string"},"FolderId":{"t":"string"},"FolderName":{"t":"string"}}})));

/** UpdateWorkflowFolder: what a client needs to send it. */
export const UpdateWorkflowFolder: ActionRow<"UpdateWorkflowFolder", NonNullable<operations["UpdateWorkflowFolder"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateWorkflowFolder">> = {
  action: "UpdateWorkflowFolder",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateWorkflowFolderRequest,
};
