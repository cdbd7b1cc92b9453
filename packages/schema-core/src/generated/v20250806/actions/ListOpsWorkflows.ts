// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListOpsWorkflows request body against the spec before anything is sent. */
export const validateListOpsWorkflowsRequest: CompiledValidator<NonNullable<operations["ListOpsWorkflows"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListOpsWorkflows"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"FolderId":{"t":"string"},"Status":{"t":"string"},"OwnerUin":{"t":"string"},"WorkflowType":{"t":"string"},"KeyWord":{"t":"string"},"SortItem":{"t":"string"},"SortType":{"t":"string"},"CreateUserUin":{"t":"string"},"ModifyTime":{"t":"string"},"CreateTime":{"t":"string"}}})));

/** ListOpsWorkflows: what a client needs to send it. */
export const ListOpsWorkflows: ActionRow<"ListOpsWorkflows", NonNullable<operations["ListOpsWorkflows"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListOpsWorkflows">> = {
  action: "ListOpsWorkflows",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListOpsWorkflowsRequest,
};
