// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { BatchCreateTaskVersionDTO as ruleBatchCreateTaskVersionDTO } from "../rules/BatchCreateTaskVersionDTO.js";

/** Checks a CreateTaskVersionDs request body against the spec before anything is sent. */
export const validateCreateTaskVersionDsRequest: CompiledValidator<NonNullable<operations["CreateTaskVersionDs"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateTaskVersionDs"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Task","NeedCheckParentSubmitted","AutoRun","ProjectId"],"o":{"Task":ruleBatchCreateTaskVersionDTO,"NeedCheckParentSubmitted":{"t":"boolean"},"AutoRun":{"t":"boolean"},"ProjectId":{"t":"string"},"RequestFromSource":{"t":"string"},"AlarmWays":{"t":"string"},"AlarmRecipientTypes":{"t":"string"},"EnableCheckTaskCycleLink":{"t":"boolean"},"EnableMakeUp":{"t":"boolean"},"AssignApprovalList":{"t":"array","i":{"t":"string"}},"MissingInstanceStrategy":{"t":"string"}}})));

/** CreateTaskVersionDs: what a client needs to send it. */
export const CreateTaskVersionDs: ActionRow<"CreateTaskVersionDs", NonNullable<operations["CreateTaskVersionDs"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateTaskVersionDs">> = {
  action: "CreateTaskVersionDs",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateTaskVersionDsRequest,
};
