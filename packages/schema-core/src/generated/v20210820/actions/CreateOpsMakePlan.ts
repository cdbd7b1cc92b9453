// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { CreateMakeDatetimeInfoInput as ruleCreateMakeDatetimeInfoInput } from "../rules/CreateMakeDatetimeInfoInput.js";
import { StrToStrMapInput as ruleStrToStrMapInput } from "../rules/StrToStrMapInput.js";

/** Checks a CreateOpsMakePlan request body against the spec before anything is sent. */
export const validateCreateOpsMakePlanRequest: CompiledValidator<NonNullable<operations["CreateOpsMakePlan"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateOpsMakePlan"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","MakeName","TaskIdList","MakeDatetimeList"],"o":{"ProjectId":{"t":"string"},"MakeName":{"t":"string"},"TaskIdList":{"t":"array","i":{"t":"string"}},"MakeDatetimeList":{"t":"array","i":ruleCreateMakeDatetimeInfoInput},"ProjectIdent":{"t":"string"},"CheckParent":{"t":"boolean"},"CheckParentType":{"t":"string"},"ProjectName":{"t":"string"},"SelfDependence":{"t":"string"},"ParallelNum":{"t":"integer"},"SameCycle":{"t":"boolean"},"TargetTaskCycle":{"t":"string"},"TargetTaskAction":{"t":"integer"},"MapParamList":{"t":"array","i":ruleStrToStrMapInput},"CreatorId":{"t":"string"},"Creator":{"t":"string"},"Remark":{"t":"string"},"SameSelfDependType":{"t":"boolean"},"SourceTaskCycle":{"t":"string"},"SchedulerResourceGroup":{"t":"string"},"IntegrationResourceGroup":{"t":"string"},"SchedulerResourceGroupName":{"t":"string"},"IntegrationResourceGroupName":{"t":"string"},"MakeExtList":{"t":"array","i":ruleStrToStrMapInput},"SameSelfWorkflowDependType":{"t":"boolean"},"SelfWorkflowDependency":{"t":"string"},"MakeType":{"t":"string"},"StatusList":{"t":"string"},"MakeCheckEventType":{"t":"string"}}})));

/** CreateOpsMakePlan: what a client needs to send it. */
export const CreateOpsMakePlan: ActionRow<"CreateOpsMakePlan", NonNullable<operations["CreateOpsMakePlan"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateOpsMakePlan">> = {
  action: "CreateOpsMakePlan",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateOpsMakePlanRequest,
};
