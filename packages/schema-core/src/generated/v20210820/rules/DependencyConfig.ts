// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { TaskInnerInfo } from "./TaskInnerInfo.js";

export const DependencyConfig: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["DependConfType","SubordinateCyclicType","DependencyStrategy"],"o":{"DependConfType":{"t":"string"},"SubordinateCyclicType":{"t":"string"},"DependencyStrategy":{"t":"string"},"ParentTask":TaskInnerInfo,"SonTask":TaskInnerInfo,"Offset":{"t":"string"}}}));
