// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { TaskExtParameterInput } from "./TaskExtParameterInput.js";
import { TaskSchedulingParameterInput } from "./TaskSchedulingParameterInput.js";

export const CreateTaskConfiguration: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ResourceGroup":{"t":"string"},"CodeContent":{"t":"string"},"TaskExtConfigurationList":{"t":"array","i":TaskExtParameterInput},"DataCluster":{"t":"string"},"BrokerIp":{"t":"string"},"YarnQueue":{"t":"string"},"SourceServiceId":{"t":"string"},"TargetServiceId":{"t":"string"},"TaskSchedulingParameterList":{"t":"array","i":TaskSchedulingParameterInput},"BundleId":{"t":"string"},"BundleInfo":{"t":"string"}}}));
