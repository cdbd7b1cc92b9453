// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { ParamInfo } from "./ParamInfo.js";
import { WorkflowGeneralTaskParamInput } from "./WorkflowGeneralTaskParamInput.js";
import { WorkflowRunConfigInput } from "./WorkflowRunConfigInput.js";
import { WorkflowTriggerConfigInput } from "./WorkflowTriggerConfigInput.js";

export const UpdateTriggerWorkflowPartially: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"WorkflowName":{"t":"string"},"OwnerUin":{"t":"string"},"WorkflowParams":{"t":"array","i":ParamInfo},"TriggerWorkflowSchedulerConfigurations":{"t":"array","i":WorkflowTriggerConfigInput},"WorkflowDesc":{"t":"string"},"BundleId":{"t":"string"},"BundleInfo":{"t":"string"},"GeneralTaskParams":{"t":"array","i":WorkflowGeneralTaskParamInput},"TriggerWorkflowRunConfiguration":WorkflowRunConfigInput,"SchedulerStatus":{"t":"string"},"TriggerMode":{"t":"string"},"ExecuteUserUin":{"t":"string"}}}));
