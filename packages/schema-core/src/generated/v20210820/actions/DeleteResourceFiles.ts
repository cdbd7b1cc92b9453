// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteResourceFiles request body against the spec before anything is sent. */
export const validateDeleteResourceFilesRequest: CompiledValidator<NonNullable<operations["DeleteResourceFiles"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteResourceFiles"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","UseStatus"],"o":{"ProjectId":{"t":"string"},"UseStatus":{"t":"boolean"},"ResourceIds":{"t":"array","i":{"t":"string"}},"FilePaths":{"t":"array","i":{"t":"string"}}}})));

/** DeleteResourceFiles: what a client needs to send it. */
export const DeleteResourceFiles: ActionRow<"DeleteResourceFiles", NonNullable<operations["DeleteResourceFiles"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteResourceFiles">> = {
  action: "DeleteResourceFiles",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteResourceFilesRequest,
};
