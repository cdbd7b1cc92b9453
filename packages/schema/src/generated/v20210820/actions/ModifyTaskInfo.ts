// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import * as rules from "../rules.js";

/** Checks a ModifyTaskInfo request body against the spec before anything is sent. */
export const validateModifyTaskInfoRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyTaskInfo"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"DelayTime":{"t":"integer"},"StartupTime":{"t":"integer"},"SelfDepend":{"t":"integer"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"TaskAction":{"t":"string"},"CycleType":{"t":"integer"},"CycleStep":{"t":"integer"},"CrontabExpression":{"t":"string"},"ExecutionStartTime":{"t":"string"},"ExecutionEndTime":{"t":"string"},"TaskName":{"t":"string"},"RetryWait":{"t":"integer"},"TryLimit":{"t":"integer"},"Retriable":{"t":"integer"},"RunPriority":{"t":"integer"},"TaskExt":{"t":"array","i":rules.TaskExtInfo},"ResourceGroup":{"t":"string"},"YarnQueue":{"t":"string"},"BrokerIp":{"t":"string"},"Notes":{"t":"string"},"TaskParamInfos":{"t":"array","i":rules.ParamInfo},"SourceServer":{"t":"string"},"TargetServer":{"t":"string"},"DependencyWorkflow":{"t":"string"},"DependencyConfigDTOs":{"t":"array","i":rules.DependencyConfig},"ExecutionTTL":{"t":"integer"},"ScriptChange":{"t":"boolean"},"InChargeIds":{"t":"array","i":{"t":"string"}}}})));

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
