// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";
import { WorkflowCanvasOpsDtoInput } from "./WorkflowCanvasOpsDtoInput.js";

export const FolderOpsDtoInput: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Id":{"t":"string"},"CreateTime":{"t":"string"},"Name":{"t":"string"},"ProjectId":{"t":"string"},"UpdateTime":{"t":"string"},"ParentsFolderId":{"t":"string"},"Total":{"t":"integer"},"Workflows":{"t":"array","i":WorkflowCanvasOpsDtoInput},"TotalFolders":{"t":"integer"},"FoldersList":{"t":"string"},"FindType":{"t":"string"}}}));
