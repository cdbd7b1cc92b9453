// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SubscribeReceiverInput as ruleSubscribeReceiverInput } from "../rules/SubscribeReceiverInput.js";
import { SubscribeWebHookInput as ruleSubscribeWebHookInput } from "../rules/SubscribeWebHookInput.js";

/** Checks a ModifyRuleGroupSubscription request body against the spec before anything is sent. */
export const validateModifyRuleGroupSubscriptionRequest: CompiledValidator<NonNullable<operations["ModifyRuleGroupSubscription"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyRuleGroupSubscription"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RuleGroupId":{"t":"integer","min":0},"Receivers":{"t":"array","i":ruleSubscribeReceiverInput},"SubscribeType":{"t":"array","i":{"t":"integer","min":0}},"ProjectId":{"t":"string"},"DatabaseId":{"t":"string"},"DatasourceId":{"t":"string"},"TableId":{"t":"string"},"WebHooks":{"t":"array","i":ruleSubscribeWebHookInput}}})));

/** ModifyRuleGroupSubscription: what a client needs to send it. */
export const ModifyRuleGroupSubscription: ActionRow<"ModifyRuleGroupSubscription", NonNullable<operations["ModifyRuleGroupSubscription"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyRuleGroupSubscription">> = {
  action: "ModifyRuleGroupSubscription",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyRuleGroupSubscriptionRequest,
};
