// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteOpsAlarmRule request body against the spec before anything is sent. */
export const validateDeleteOpsAlarmRuleRequest: CompiledValidator<NonNullable<operations["DeleteOpsAlarmRule"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteOpsAlarmRule"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","AlarmRuleId"],"o":{"ProjectId":{"t":"string"},"AlarmRuleId":{"t":"string"}}})));

/** DeleteOpsAlarmRule: what a client needs to send it. */
export const DeleteOpsAlarmRule: ActionRow<"DeleteOpsAlarmRule", NonNullable<operations["DeleteOpsAlarmRule"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteOpsAlarmRule">> = {
  action: "DeleteOpsAlarmRule",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteOpsAlarmRuleRequest,
};
