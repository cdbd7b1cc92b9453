// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DisableProject request body against the spec before anything is sent. */
export const validateDisableProjectRequest: CompiledValidator<NonNullable<operations["DisableProject"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DisableProject"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"ModuleKey":{"t":"string"}}})));

/** DisableProject: what a client needs to send it. */
export const DisableProject: ActionRow<"DisableProject", NonNullable<operations["DisableProject"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DisableProject">> = {
  action: "DisableProject",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDisableProjectRequest,
};
