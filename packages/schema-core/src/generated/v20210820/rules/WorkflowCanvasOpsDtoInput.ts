// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { LinkOpsDtoInput } from "./LinkOpsDtoInput.js";
import { TaskOpsDtoInput } from "./TaskOpsDtoInput.js";

export const WorkflowCanvasOpsDtoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"WorkflowId":{"t":"string"},"WorkflowDesc":{"t":"string"},"WorkflowName":{"t":"string"},"FolderId":{"t":"string"},"FolderIds":{"t":"array","i":{"t":"string"}},"Tasks":{"t":"array","i":TaskOpsDtoInput},"Links":{"t":"array","i":LinkOpsDtoInput},"UserGroupId":{"t":"string"},"UserGroupName":{"t":"string"},"ProjectId":{"t":"string"},"ProjectIdent":{"t":"string"},"ProjectName":{"t":"string"},"Owner":{"t":"string"},"OwnerId":{"t":"string"},"WorkflowType":{"t":"string"}}}));
