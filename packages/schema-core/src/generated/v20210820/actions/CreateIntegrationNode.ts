// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { IntegrationNodeInfoInput as ruleIntegrationNodeInfoInput } from "../rules/IntegrationNodeInfoInput.js";

/** Checks a CreateIntegrationNode request body against the spec before anything is sent. */
export const validateCreateIntegrationNodeRequest: CompiledValidator<NonNullable<operations["CreateIntegrationNode"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateIntegrationNode"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["NodeInfo","ProjectId"],"o":{"NodeInfo":ruleIntegrationNodeInfoInput,"ProjectId":{"t":"string"},"TaskType":{"t":"integer","min":0}}})));

/** CreateIntegrationNode: what a client needs to send it. */
export const CreateIntegrationNode: ActionRow<"CreateIntegrationNode", NonNullable<operations["CreateIntegrationNode"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateIntegrationNode">> = {
  action: "CreateIntegrationNode",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateCreateIntegrationNodeRequest,
};
