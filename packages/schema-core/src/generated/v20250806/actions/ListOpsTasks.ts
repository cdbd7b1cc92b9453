// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListOpsTasks request body against the spec before anything is sent. */
export const validateListOpsTasksRequest: CompiledValidator<NonNullable<operations["ListOpsTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListOpsTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageSize":{"t":"string"},"PageNumber":{"t":"string"},"TaskTypeId":{"t":"string"},"WorkflowId":{"t":"string"},"WorkflowName":{"t":"string"},"OwnerUin":{"t":"string"},"FolderId":{"t":"string"},"SourceServiceId":{"t":"string"},"TargetServiceId":{"t":"string"},"ExecutorGroupId":{"t":"string"},"CycleType":{"t":"string"},"Status":{"t":"string"},"TimeZone":{"t":"string"}}})));

/** ListOpsTasks: what a client needs to send it. */
export const ListOpsTasks: ActionRow<"ListOpsTasks", NonNullable<operations["ListOpsTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListOpsTasks">> = {
  action: "ListOpsTasks",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListOpsTasksRequest,
};
