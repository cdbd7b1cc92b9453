// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListTriggerWorkflows request body against the spec before anything is sent. */
export const validateListTriggerWorkflowsRequest: CompiledValidator<NonNullable<operations["ListTriggerWorkflows"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListTriggerWorkflows"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"Keyword":{"t":"string"},"ParentFolderPath":{"t":"string"},"BundleId":{"t":"string"},"OwnerUin":{"t":"string"},"CreateUserUin":{"t":"string"},"ExecuteUserUin":{"t":"string"},"ModifyTime":{"t":"array","i":{"t":"string"}},"CreateTime":{"t":"array","i":{"t":"string"}}}})));

/** ListTriggerWorkflows: what a client needs to send it. */
export const ListTriggerWorkflows: ActionRow<"ListTriggerWorkflows", NonNullable<operations["ListTriggerWorkflows"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListTriggerWorkflows">> = {
  action: "ListTriggerWorkflows",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListTriggerWorkflowsRequest,
};
