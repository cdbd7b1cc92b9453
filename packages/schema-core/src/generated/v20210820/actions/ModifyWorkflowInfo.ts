// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { GeneralTaskParam as ruleGeneralTaskParam } from "../rules/GeneralTaskParam.js";
import { ParamInfo as ruleParamInfo } from "../rules/ParamInfo.js";

/** Checks a ModifyWorkflowInfo request body against the spec before anything is sent. */
export const validateModifyWorkflowInfoRequest: CompiledValidator<NonNullable<operations["ModifyWorkflowInfo"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyWorkflowInfo"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"Owner":{"t":"string"},"OwnerId":{"t":"string"},"WorkflowDesc":{"t":"string"},"WorkflowName":{"t":"string"},"FolderId":{"t":"string"},"UserGroupId":{"t":"string"},"UserGroupName":{"t":"string"},"WorkflowParams":{"t":"array","i":ruleParamInfo},"GeneralTaskParams":{"t":"array","i":ruleGeneralTaskParam}}})));

/** ModifyWorkflowInfo (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const ModifyWorkflowInfo: ActionRow<"ModifyWorkflowInfo", NonNullable<operations["ModifyWorkflowInfo"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyWorkflowInfo">> = {
  action: "ModifyWorkflowInfo",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyWorkflowInfoRequest,
};
