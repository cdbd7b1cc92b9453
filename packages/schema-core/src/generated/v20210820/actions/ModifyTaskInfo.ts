// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { DependencyConfig as ruleDependencyConfig } from "../rules/DependencyConfig.js";
import { ParamInfo as ruleParamInfo } from "../rules/ParamInfo.js";
import { TaskExtInfo as ruleTaskExtInfo } from "../rules/TaskExtInfo.js";

/** Checks a ModifyTaskInfo request body against the spec before anything is sent. */
export const validateModifyTaskInfoRequest: CompiledValidator<NonNullable<operations["ModifyTaskInfo"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyTaskInfo"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"DelayTime":{"t":"integer"},"StartupTime":{"t":"integer"},"SelfDepend":{"t":"integer"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"TaskAction":{"t":"string"},"CycleType":{"t":"integer"},"CycleStep":{"t":"integer"},"CrontabExpression":{"t":"string"},"ExecutionStartTime":{"t":"string"},"ExecutionEndTime":{"t":"string"},"TaskName":{"t":"string"},"RetryWait":{"t":"integer"},"TryLimit":{"t":"integer"},"Retriable":{"t":"integer"},"RunPriority":{"t":"integer"},"TaskExt":{"t":"array","i":ruleTaskExtInfo},"ResourceGroup":{"t":"string"},"YarnQueue":{"t":"string"},"BrokerIp":{"t":"string"},"Notes":{"t":"string"},"TaskParamInfos":{"t":"array","i":ruleParamInfo},"SourceServer":{"t":"string"},"TargetServer":{"t":"string"},"DependencyWorkflow":{"t":"string"},"DependencyConfigDTOs":{"t":"array","i":ruleDependencyConfig},"ExecutionTTL":{"t":"integer"},"ScriptChange":{"t":"boolean"},"InChargeIds":{"t":"array","i":{"t":"string"}}}})));

/** ModifyTaskInfo (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const ModifyTaskInfo: ActionRow<"ModifyTaskInfo", NonNullable<operations["ModifyTaskInfo"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyTaskInfo">> = {
  action: "ModifyTaskInfo",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyTaskInfoRequest,
};
