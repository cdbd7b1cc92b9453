// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { CodeFileConfigInput as ruleCodeFileConfigInput } from "../rules/CodeFileConfigInput.js";

/** Checks a CreateCodeFile request body against the spec before anything is sent. */
export const validateCreateCodeFileRequest: CompiledValidator<NonNullable<operations["CreateCodeFile"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateCodeFile"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","CodeFileName","ParentFolderPath"],"o":{"ProjectId":{"t":"string"},"CodeFileName":{"t":"string"},"ParentFolderPath":{"t":"string"},"CodeFileConfig":ruleCodeFileConfigInput,"CodeFileContent":{"t":"string"}}})));

/** CreateCodeFile: what a client needs to send it. */
export const CreateCodeFile: ActionRow<"CreateCodeFile", NonNullable<operations["CreateCodeFile"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateCodeFile">> = {
  action: "CreateCodeFile",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateCodeFileRequest,
};
