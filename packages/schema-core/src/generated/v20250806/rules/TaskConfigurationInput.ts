// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { TaskExtParameterInput } from "./TaskExtParameterInput.js";
import { TaskSchedulingParameterInput } from "./TaskSchedulingParameterInput.js";

export const TaskConfigurationInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"CodeContent":{"t":"string"},"TaskExtConfigurationList":{"t":"array","i":TaskExtParameterInput},"DataCluster":{"t":"string"},"BrokerIp":{"t":"string"},"YarnQueue":{"t":"string"},"SourceServiceId":{"t":"string"},"SourceServiceType":{"t":"string"},"SourceServiceName":{"t":"string"},"TargetServiceId":{"t":"string"},"TargetServiceType":{"t":"string"},"TargetServiceName":{"t":"string"},"ResourceGroup":{"t":"string"},"ResourceGroupName":{"t":"string"},"TaskSchedulingParameterList":{"t":"array","i":TaskSchedulingParameterInput},"BundleId":{"t":"string"},"BundleInfo":{"t":"string"}}}));
