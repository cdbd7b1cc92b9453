// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { UpdateTaskBrief as ruleUpdateTaskBrief } from "../rules/UpdateTaskBrief.js";

/** Checks a UpdateTask request body against the spec before anything is sent. */
export const validateUpdateTaskRequest: CompiledValidator<NonNullable<operations["UpdateTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId","Task"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"Task":ruleUpdateTaskBrief}})));

/** UpdateTask: what a client needs to send it. */
export const UpdateTask: ActionRow<"UpdateTask", NonNullable<operations["UpdateTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateTask">> = {
  action: "UpdateTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateTaskRequest,
};
