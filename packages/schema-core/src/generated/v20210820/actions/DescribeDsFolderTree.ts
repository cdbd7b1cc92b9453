// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeDsFolderTree request body against the spec before anything is sent. */
export const validateDescribeDsFolderTreeRequest: CompiledValidator<NonNullable<operations["DescribeDsFolderTree"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeDsFolderTree"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"FirstLevelPull":{"t":"boolean"},"FolderId":{"t":"string"},"WorkflowId":{"t":"string"},"Keyword":{"t":"string"},"IncludeWorkflow":{"t":"boolean"},"IncludeTask":{"t":"boolean"},"IncludeVirtualTask":{"t":"boolean"},"TaskFolderId":{"t":"string"},"DisplayType":{"t":"string"},"IncludeTaskFolder":{"t":"boolean"},"NewFolderTreeMode":{"t":"boolean"},"TaskNodeId":{"t":"string"},"WorkflowType":{"t":"string"},"TaskTypeIdList":{"t":"array","i":{"t":"integer"}},"InChargeIdList":{"t":"array","i":{"t":"string"}},"OnlyMe":{"t":"boolean"},"IncludeCodeTemplate":{"t":"boolean"},"FolderForm":{"t":"string"}}})));

/** DescribeDsFolderTree: what a client needs to send it. */
export const DescribeDsFolderTree: ActionRow<"DescribeDsFolderTree", NonNullable<operations["DescribeDsFolderTree"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeDsFolderTree">> = {
  action: "DescribeDsFolderTree",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeDsFolderTreeRequest,
};
