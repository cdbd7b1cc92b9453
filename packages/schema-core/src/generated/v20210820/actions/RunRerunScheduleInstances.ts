// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { InstanceApiOpsRequest as ruleInstanceApiOpsRequest } from "../rules/InstanceApiOpsRequest.js";
import { InstanceOpsDtoInput as ruleInstanceOpsDtoInput } from "../rules/InstanceOpsDtoInput.js";
import { ProjectBaseInfoOpsRequest as ruleProjectBaseInfoOpsRequest } from "../rules/ProjectBaseInfoOpsRequest.js";
import { StrToStrMapInput as ruleStrToStrMapInput } from "../rules/StrToStrMapInput.js";

/** Checks a RunRerunScheduleInstances request body against the spec before anything is sent. */
export const validateRunRerunScheduleInstancesRequest: CompiledValidator<NonNullable<operations["RunRerunScheduleInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RunRerunScheduleInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Instances":{"t":"array","i":ruleInstanceOpsDtoInput},"CheckFather":{"t":"boolean"},"RerunType":{"t":"string"},"DependentWay":{"t":"string"},"SkipEventListening":{"t":"boolean"},"SonInstanceType":{"t":"string"},"SearchCondition":ruleInstanceApiOpsRequest,"OptType":{"t":"string"},"OperatorName":{"t":"string"},"OperatorId":{"t":"string"},"ProjectId":{"t":"string"},"ProjectIdent":{"t":"string"},"ProjectName":{"t":"string"},"PageIndex":{"t":"integer"},"PageSize":{"t":"integer"},"Count":{"t":"integer"},"RequestBaseInfo":ruleProjectBaseInfoOpsRequest,"IsCount":{"t":"boolean"},"AsyncMode":{"t":"boolean"},"CheckParentType":{"t":"string"},"SameSelfDependType":{"t":"boolean"},"ParallelNum":{"t":"integer"},"SameSelfWorkflowDependType":{"t":"boolean"},"SelfWorkflowDependency":{"t":"string"},"DataTimeOrder":{"t":"integer"},"ReDoParams":{"t":"string"},"MapParamList":{"t":"array","i":ruleStrToStrMapInput},"AppParam":{"t":"string"}}})));

/** RunRerunScheduleInstances: what a client needs to send it. */
export const RunRerunScheduleInstances: ActionRow<"RunRerunScheduleInstances", NonNullable<operations["RunRerunScheduleInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RunRerunScheduleInstances">> = {
  action: "RunRerunScheduleInstances",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRunRerunScheduleInstancesRequest,
};
