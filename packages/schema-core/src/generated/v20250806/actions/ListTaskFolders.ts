// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListTaskFolders request body against the spec before anything is sent. */
export const validateListTaskFoldersRequest: CompiledValidator<NonNullable<operations["ListTaskFolders"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListTaskFolders"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ParentTaskFolderPath","WorkflowId","TaskFolderType"],"o":{"ProjectId":{"t":"string"},"ParentTaskFolderPath":{"t":"string"},"WorkflowId":{"t":"string"},"TaskFolderType":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0}}})));

/** ListTaskFolders: what a client needs to send it. */
export const ListTaskFolders: ActionRow<"ListTaskFolders", NonNullable<operations["ListTaskFolders"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListTaskFolders">> = {
  action: "ListTaskFolders",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListTaskFoldersRequest,
};
