// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { IntegrationTaskInfoInput as ruleIntegrationTaskInfoInput } from "../rules/IntegrationTaskInfoInput.js";

/** Checks a ModifyIntegrationTask request body against the spec before anything is sent. */
export const validateModifyIntegrationTaskRequest: CompiledValidator<NonNullable<operations["ModifyIntegrationTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyIntegrationTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskInfo","ProjectId"],"o":{"TaskInfo":ruleIntegrationTaskInfoInput,"ProjectId":{"t":"string"},"RollbackFlag":{"t":"boolean"}}})));

/** ModifyIntegrationTask: what a client needs to send it. */
export const ModifyIntegrationTask: ActionRow<"ModifyIntegrationTask", NonNullable<operations["ModifyIntegrationTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyIntegrationTask">> = {
  action: "ModifyIntegrationTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateModifyIntegrationTaskRequest,
};
