// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { IntegrationTaskInfoInput as ruleIntegrationTaskInfoInput } from "../rules/IntegrationTaskInfoInput.js";

/** Checks a CreateIntegrationTask request body against the spec before anything is sent. */
export const validateCreateIntegrationTaskRequest: CompiledValidator<NonNullable<operations["CreateIntegrationTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateIntegrationTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskInfo","ProjectId"],"o":{"TaskInfo":ruleIntegrationTaskInfoInput,"ProjectId":{"t":"string"}}})));

/** CreateIntegrationTask: what a client needs to send it. */
export const CreateIntegrationTask: ActionRow<"CreateIntegrationTask", NonNullable<operations["CreateIntegrationTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateIntegrationTask">> = {
  action: "CreateIntegrationTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateCreateIntegrationTaskRequest,
};
