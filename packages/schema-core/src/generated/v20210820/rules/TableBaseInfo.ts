// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { DlcDataGovernPolicy } from "./DlcDataGovernPolicy.js";

export const TableBaseInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"DatabaseName":{"t":"string"},"TableName":{"t":"string"},"DatasourceConnectionName":{"t":"string"},"TableComment":{"t":"string"},"Type":{"t":"string"},"TableFormat":{"t":"string"},"UserAlias":{"t":"string"},"UserSubUin":{"t":"string"},"GovernPolicy":DlcDataGovernPolicy,"DbGovernPolicyIsDisable":{"t":"string"}}}));
