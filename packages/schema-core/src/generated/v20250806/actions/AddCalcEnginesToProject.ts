// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { DLCClusterInfo as ruleDLCClusterInfo } from "../rules/DLCClusterInfo.js";

/** Checks a AddCalcEnginesToProject request body against the spec before anything is sent. */
export const validateAddCalcEnginesToProjectRequest: CompiledValidator<NonNullable<operations["AddCalcEnginesToProject"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["AddCalcEnginesToProject"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","DLCInfo"],"o":{"ProjectId":{"t":"string"},"DLCInfo":{"t":"array","i":ruleDLCClusterInfo}}})));

/** AddCalcEnginesToProject: what a client needs to send it. */
export const AddCalcEnginesToProject: ActionRow<"AddCalcEnginesToProject", NonNullable<operations["AddCalcEnginesToProject"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "AddCalcEnginesToProject">> = {
  action: "AddCalcEnginesToProject",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateAddCalcEnginesToProjectRequest,
};
