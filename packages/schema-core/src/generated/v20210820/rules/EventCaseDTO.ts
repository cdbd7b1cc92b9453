// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const EventCaseDTO: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"CaseId":{"t":"string"},"Name":{"t":"string"},"Dimension":{"t":"string"},"CreationTs":{"t":"string"},"ConsumerId":{"t":"string"},"Description":{"t":"string"}}}));
