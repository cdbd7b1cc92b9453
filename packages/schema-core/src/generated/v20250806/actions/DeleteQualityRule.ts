// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteQualityRule request body against the spec before anything is sent. */
export const validateDeleteQualityRuleRequest: CompiledValidator<NonNullable<operations["DeleteQualityRule"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteQualityRule"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["RuleId","ProjectId"],"o":{"RuleId":{"t":"integer","min":0},"ProjectId":{"t":"string"}}})));

/** DeleteQualityRule: what a client needs to send it. */
export const DeleteQualityRule: ActionRow<"DeleteQualityRule", NonNullable<operations["DeleteQualityRule"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteQualityRule">> = {
  action: "DeleteQualityRule",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteQualityRuleRequest,
};
