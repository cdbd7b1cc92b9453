// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const DlcRewriteDataInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RewriteDataEnable":{"t":"string"},"Engine":{"t":"string"},"MinInputFiles":{"t":"integer","min":0},"TargetFileSizeBytes":{"t":"integer","min":0},"IntervalMin":{"t":"integer","min":0}}}));
