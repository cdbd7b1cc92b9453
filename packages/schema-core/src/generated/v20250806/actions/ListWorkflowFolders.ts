// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListWorkflowFolders request body against the spec before anything is sent. */
export const validateListWorkflowFoldersRequest: CompiledValidator<NonNullable<operations["ListWorkflowFolders"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListWorkflowFolders"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ParentFolderPath"],"o":{"ProjectId":{"t":"string"},"ParentFolderPath":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0}}})));

/** ListWorkflowFolders: what a client needs to send it. */
export const ListWorkflowFolders: ActionRow<"ListWorkflowFolders", NonNullable<operations["ListWorkflowFolders"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListWorkflowFolders">> = {
  action: "ListWorkflowFolders",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListWorkflowFoldersRequest,
};
