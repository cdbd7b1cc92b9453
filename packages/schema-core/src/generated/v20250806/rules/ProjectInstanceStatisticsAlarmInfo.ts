// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const ProjectInstanceStatisticsAlarmInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["AlarmType"],"o":{"AlarmType":{"t":"string"},"InstanceThresholdCountPercent":{"t":"integer","min":0},"InstanceThresholdCount":{"t":"integer","min":0},"StabilizeThreshold":{"t":"integer","min":0},"StabilizeStatisticsCycle":{"t":"integer","min":0},"IsCumulant":{"t":"boolean"},"InstanceCount":{"t":"integer","min":0}}}));
