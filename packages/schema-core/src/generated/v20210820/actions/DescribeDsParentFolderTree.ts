// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeDsParentFolderTree request body against the spec before anything is sent. */
export const validateDescribeDsParentFolderTreeRequest: CompiledValidator<NonNullable<operations["DescribeDsParentFolderTree"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeDsParentFolderTree"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"FolderId":{"t":"string"},"WorkflowId":{"t":"string"},"TaskId":{"t":"string"},"DisplayType":{"t":"string"},"NewFolderTreeMode":{"t":"boolean"}}})));

/** DescribeDsParentFolderTree: what a client needs to send it. */
export const DescribeDsParentFolderTree: ActionRow<"DescribeDsParentFolderTree", NonNullable<operations["DescribeDsParentFolderTree"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeDsParentFolderTree">> = {
  action: "DescribeDsParentFolderTree",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeDsParentFolderTreeRequest,
};
