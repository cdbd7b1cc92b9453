// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteFilePath request body against the spec before anything is sent. */
export const validateDeleteFilePathRequest: CompiledValidator<NonNullable<operations["DeleteFilePath"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteFilePath"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","ResourceIds","UseStatus"],"o":{"ProjectId":{"t":"string"},"ResourceIds":{"t":"array","i":{"t":"string"}},"UseStatus":{"t":"string"},"FilePaths":{"t":"array","i":{"t":"string"}}}})));

/** DeleteFilePath: what a client needs to send it. */
export const DeleteFilePath: ActionRow<"DeleteFilePath", NonNullable<operations["DeleteFilePath"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteFilePath">> = {
  action: "DeleteFilePath",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateDeleteFilePathRequest,
};
