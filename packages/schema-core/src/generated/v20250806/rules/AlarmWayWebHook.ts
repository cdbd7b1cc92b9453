// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const AlarmWayWebHook: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"AlarmWay":{"t":"string"},"WebHooks":{"t":"array","i":{"t":"string"}}}}));
