// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListTriggerTasks request body against the spec before anything is sent. */
export const validateListTriggerTasksRequest: CompiledValidator<NonNullable<operations["ListTriggerTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListTriggerTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"TaskName":{"t":"string"},"WorkflowId":{"t":"string"},"OwnerUin":{"t":"string"},"TaskTypeId":{"t":"integer"},"Status":{"t":"string"},"Submit":{"t":"boolean"},"BundleId":{"t":"string"},"CreateUserUin":{"t":"string"},"ModifyTime":{"t":"array","i":{"t":"string"}},"CreateTime":{"t":"array","i":{"t":"string"}},"TaskFolderPathList":{"t":"array","i":{"t":"string"}},"WorkflowFolderPathList":{"t":"array","i":{"t":"string"}},"TaskNodeTypeList":{"t":"array","i":{"t":"string"}}}})));

/** ListTriggerTasks: what a client needs to send it. */
export const ListTriggerTasks: ActionRow<"ListTriggerTasks", NonNullable<operations["ListTriggerTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListTriggerTasks">> = {
  action: "ListTriggerTasks",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListTriggerTasksRequest,
};
