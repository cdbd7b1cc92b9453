// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const DLCClusterInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ComputeResources","Region","DefaultDatabase"],"o":{"ComputeResources":{"t":"array","i":{"t":"string"}},"Region":{"t":"string"},"DefaultDatabase":{"t":"string"},"StandardModeEnvTag":{"t":"string"},"AccessAccount":{"t":"string"},"SubAccountUin":{"t":"string"}}}));
