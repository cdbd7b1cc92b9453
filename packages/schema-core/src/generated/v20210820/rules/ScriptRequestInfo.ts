// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const ScriptRequestInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"FilePath":{"t":"string"},"ProjectId":{"t":"string"},"Version":{"t":"string"},"Operation":{"t":"string"},"ExtraInfo":{"t":"string"},"BucketName":{"t":"string"},"Region":{"t":"string"},"FileExtensionType":{"t":"string"}}}));
