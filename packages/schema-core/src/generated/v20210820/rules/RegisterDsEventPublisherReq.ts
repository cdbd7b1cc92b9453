// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { ParamInfoDs } from "./ParamInfoDs.js";

export const RegisterDsEventPublisherReq: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ProjectId":{"t":"string"},"Key":{"t":"string"},"Type":{"t":"string"},"Properties":{"t":"array","i":ParamInfoDs},"Description":{"t":"string"}}}));
