// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const BaseProject: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectName","DisplayName","Region"],"o":{"ProjectName":{"t":"string"},"DisplayName":{"t":"string"},"Region":{"t":"string"},"TenantId":{"t":"string"},"ProjectId":{"t":"string"},"Description":{"t":"string"},"CreateTime":{"t":"string"},"Status":{"t":"integer","min":0},"Model":{"t":"string"},"ScheduleMode":{"t":"string"}}}));
