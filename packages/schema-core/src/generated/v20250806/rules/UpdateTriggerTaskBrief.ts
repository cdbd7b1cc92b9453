// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { TriggerTaskConfigurationInput } from "./TriggerTaskConfigurationInput.js";
import { TriggerTaskSchedulerConfigurationInput } from "./TriggerTaskSchedulerConfigurationInput.js";
import { UpdateTriggerTaskBaseAttribute } from "./UpdateTriggerTaskBaseAttribute.js";

export const UpdateTriggerTaskBrief: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TriggerTaskBaseAttribute","TriggerTaskConfiguration","TriggerTaskSchedulerConfiguration"],"o":{"TriggerTaskBaseAttribute":UpdateTriggerTaskBaseAttribute,"TriggerTaskConfiguration":TriggerTaskConfigurationInput,"TriggerTaskSchedulerConfiguration":TriggerTaskSchedulerConfigurationInput}}));
