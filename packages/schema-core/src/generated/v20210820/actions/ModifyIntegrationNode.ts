// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { IntegrationNodeInfoInput as ruleIntegrationNodeInfoInput } from "../rules/IntegrationNodeInfoInput.js";

/** Checks a ModifyIntegrationNode request body against the spec before anything is sent. */
export const validateModifyIntegrationNodeRequest: CompiledValidator<NonNullable<operations["ModifyIntegrationNode"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyIntegrationNode"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["NodeInfo","ProjectId"],"o":{"NodeInfo":ruleIntegrationNodeInfoInput,"ProjectId":{"t":"string"},"TaskType":{"t":"integer","min":0},"TaskMode":{"t":"integer","min":0}}})));

/** ModifyIntegrationNode: what a client needs to send it. */
export const ModifyIntegrationNode: ActionRow<"ModifyIntegrationNode", NonNullable<operations["ModifyIntegrationNode"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyIntegrationNode">> = {
  action: "ModifyIntegrationNode",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateModifyIntegrationNodeRequest,
};
