// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { CodeFileConfigInput as ruleCodeFileConfigInput } from "../rules/CodeFileConfigInput.js";

/** Checks a UpdateCodeFile request body against the spec before anything is sent. */
export const validateUpdateCodeFileRequest: CompiledValidator<NonNullable<operations["UpdateCodeFile"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateCodeFile"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","CodeFileId"],"o":{"ProjectId":{"t":"string"},"CodeFileId":{"t":"string"},"CodeFileConfig":ruleCodeFileConfigInput,"CodeFileContent":{"t":"string"},"SubmitAction":{"t":"boolean"}}})));

/** UpdateCodeFile: what a client needs to send it. */
export const UpdateCodeFile: ActionRow<"UpdateCodeFile", NonNullable<operations["UpdateCodeFile"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateCodeFile">> = {
  action: "UpdateCodeFile",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateCodeFileRequest,
};
