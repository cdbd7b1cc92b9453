// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { BaseProject as ruleBaseProject } from "../rules/BaseProject.js";

/** Checks a CreateBaseProject request body against the spec before anything is sent. */
export const validateCreateBaseProjectRequest: CompiledValidator<NonNullable<operations["CreateBaseProject"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateBaseProject"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Project"],"o":{"Project":ruleBaseProject}})));

/** CreateBaseProject: what a client needs to send it. */
export const CreateBaseProject: ActionRow<"CreateBaseProject", NonNullable<operations["CreateBaseProject"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateBaseProject">> = {
  action: "CreateBaseProject",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateCreateBaseProjectRequest,
};
