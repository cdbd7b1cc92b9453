// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { InstanceLifeDetailDtoInput } from "./InstanceLifeDetailDtoInput.js";
import { InstanceLogInfoInput } from "./InstanceLogInfoInput.js";
import { TaskTypeOpsDtoInput } from "./TaskTypeOpsDtoInput.js";

export const InstanceLifeCycleOpsDtoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"TaskId":{"t":"string"},"TaskName":{"t":"string"},"CurRunDate":{"t":"string"},"LifeRound":{"t":"integer"},"RunType":{"t":"string"},"Tries":{"t":"integer"},"InstanceLifeDetailDtoList":{"t":"array","i":InstanceLifeDetailDtoInput},"RunnerState":{"t":"string"},"ErrorDesc":{"t":"string"},"ErrorCodeLevel":{"t":"string"},"InstanceLogListOpsDto":InstanceLogInfoInput,"InstanceState":{"t":"string"},"ScheduleRunType":{"t":"integer","min":0},"ExecutionJobId":{"t":"string"},"InstanceRunType":{"t":"integer","min":0},"TotalLifeRound":{"t":"integer"},"TaskType":TaskTypeOpsDtoInput,"ResourceGroup":{"t":"string"}}}));
