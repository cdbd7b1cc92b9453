// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ResourcePoolInfo as ruleResourcePoolInfo } from "../rules/ResourcePoolInfo.js";

/** Checks a ModifyProject request body against the spec before anything is sent. */
export const validateModifyProjectRequest: CompiledValidator<NonNullable<operations["ModifyProject"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyProject"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"DisplayName":{"t":"string"},"Description":{"t":"string"},"TaskSubmitApproval":{"t":"boolean"},"ResourcePoolInfo":ruleResourcePoolInfo,"ProjectManagers":{"t":"array","i":{"t":"string"}},"TaskStrictMode":{"t":"boolean"},"ExtraOptions":{"t":"string"},"Model":{"t":"string"},"ProjectOwner":{"t":"array","i":{"t":"string"}},"ModifyType":{"t":"string"}}})));

/** ModifyProject: what a client needs to send it. */
export const ModifyProject: ActionRow<"ModifyProject", NonNullable<operations["ModifyProject"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyProject">> = {
  action: "ModifyProject",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateModifyProjectRequest,
};
