// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const TaskImportInfoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"IsImport":{"t":"boolean"},"IsNewWorkFlow":{"t":"boolean"},"WorkFlowFolderId":{"t":"string"},"WorkFlowFolderName":{"t":"string"},"WorkFlowId":{"t":"string"},"WorkFlowName":{"t":"string"},"TaskNameExistMode":{"t":"integer","min":0},"WorkFlowFolderPath":{"t":"string"}}}));
