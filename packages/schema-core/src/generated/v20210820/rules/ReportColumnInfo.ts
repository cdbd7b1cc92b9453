// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const ReportColumnInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Name","Type","Position"],"o":{"Name":{"t":"string"},"Type":{"t":"string"},"Position":{"t":"integer"},"Description":{"t":"string"},"CreateTime":{"t":"string"},"ModifiedTime":{"t":"string"}}}));
