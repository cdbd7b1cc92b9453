// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { RuleConfig as ruleRuleConfig } from "../rules/RuleConfig.js";
import { RuleExecConfig as ruleRuleExecConfig } from "../rules/RuleExecConfig.js";

/** Checks a CommitRuleGroupTask request body against the spec before anything is sent. */
export const validateCommitRuleGroupTaskRequest: CompiledValidator<NonNullable<operations["CommitRuleGroupTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CommitRuleGroupTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RuleGroupId":{"t":"integer","min":0},"TriggerType":{"t":"integer","min":0},"ExecRuleConfig":{"t":"array","i":ruleRuleConfig},"ExecConfig":ruleRuleExecConfig,"ProjectId":{"t":"string"},"EngineType":{"t":"string"}}})));

/** CommitRuleGroupTask: what a client needs to send it. */
export const CommitRuleGroupTask: ActionRow<"CommitRuleGroupTask", NonNullable<operations["CommitRuleGroupTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CommitRuleGroupTask">> = {
  action: "CommitRuleGroupTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCommitRuleGroupTaskRequest,
};
