// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { TaskConfigurationInput } from "./TaskConfigurationInput.js";
import { TaskSchedulerConfigurationInput } from "./TaskSchedulerConfigurationInput.js";
import { UpdateTaskBaseAttribute } from "./UpdateTaskBaseAttribute.js";

export const UpdateTaskBrief: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskBaseAttribute","TaskConfiguration","TaskSchedulerConfiguration"],"o":{"TaskBaseAttribute":UpdateTaskBaseAttribute,"TaskConfiguration":TaskConfigurationInput,"TaskSchedulerConfiguration":TaskSchedulerConfigurationInput}}));
