// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { Property } from "./Property.js";

export const StageCloudApiRequest: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ClusterId":{"t":"string"},"StageId":{"t":"string"},"JobId":{"t":"string"},"StageName":{"t":"string"},"Type":{"t":"string"},"Mode":{"t":"string"},"Version":{"t":"string"},"Queue":{"t":"string"},"Content":{"t":"string"},"Parameters":{"t":"array","i":Property},"Description":{"t":"string"},"ProjectId":{"t":"string"},"JobType":{"t":"string"},"WorkFlowId":{"t":"string"}}}));
