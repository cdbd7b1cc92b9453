// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const DlcExpiredSnapshotsInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ExpiredSnapshotsEnable":{"t":"string"},"Engine":{"t":"string"},"RetainLast":{"t":"integer","min":0},"BeforeDays":{"t":"integer","min":0},"MaxConcurrentDeletes":{"t":"integer","min":0},"IntervalMin":{"t":"integer","min":0}}}));
