// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { RecordField } from "./RecordField.js";

export const StartTaskInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Event":{"t":"string"},"TaskIds":{"t":"array","i":{"t":"string"}},"Config":{"t":"array","i":RecordField},"Description":{"t":"string"}}}));
