// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { DLCClusterInfo as ruleDLCClusterInfo } from "../rules/DLCClusterInfo.js";
import { ProjectRequest as ruleProjectRequest } from "../rules/ProjectRequest.js";

/** Checks a CreateProject request body against the spec before anything is sent. */
export const validateCreateProjectRequest: CompiledValidator<NonNullable<operations["CreateProject"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateProject"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Project"],"o":{"Project":ruleProjectRequest,"DLCInfo":ruleDLCClusterInfo,"ResourceIds":{"t":"array","i":{"t":"string"}}}})));

/** CreateProject: what a client needs to send it. */
export const CreateProject: ActionRow<"CreateProject", NonNullable<operations["CreateProject"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateProject">> = {
  action: "CreateProject",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateProjectRequest,
};
