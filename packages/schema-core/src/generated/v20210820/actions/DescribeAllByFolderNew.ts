// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { FolderOpsDtoInput as ruleFolderOpsDtoInput } from "../rules/FolderOpsDtoInput.js";
import { ProjectBaseInfoOpsRequest as ruleProjectBaseInfoOpsRequest } from "../rules/ProjectBaseInfoOpsRequest.js";
import { WorkflowCanvasOpsDtoInput as ruleWorkflowCanvasOpsDtoInput } from "../rules/WorkflowCanvasOpsDtoInput.js";

/** Checks a DescribeAllByFolderNew request body against the spec before anything is sent. */
export const validateDescribeAllByFolderNewRequest: CompiledValidator<NonNullable<operations["DescribeAllByFolderNew"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeAllByFolderNew"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Folder":ruleFolderOpsDtoInput,"Workflows":{"t":"array","i":ruleWorkflowCanvasOpsDtoInput},"TargetFolderId":{"t":"string"},"KeyWords":{"t":"string"},"ParentsFolderId":{"t":"string"},"IsAddWorkflow":{"t":"string"},"TaskStates":{"t":"array","i":{"t":"string"}},"FindType":{"t":"string"},"OptType":{"t":"string"},"OperatorName":{"t":"string"},"OperatorId":{"t":"string"},"ProjectId":{"t":"string"},"ProjectIdent":{"t":"string"},"ProjectName":{"t":"string"},"PageIndex":{"t":"integer"},"PageSize":{"t":"integer"},"Count":{"t":"integer"},"RequestBaseInfo":ruleProjectBaseInfoOpsRequest,"IsCount":{"t":"boolean"}}})));

/** DescribeAllByFolderNew: what a client needs to send it. */
export const DescribeAllByFolderNew: ActionRow<"DescribeAllByFolderNew", NonNullable<operations["DescribeAllByFolderNew"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeAllByFolderNew">> = {
  action: "DescribeAllByFolderNew",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeAllByFolderNewRequest,
};
