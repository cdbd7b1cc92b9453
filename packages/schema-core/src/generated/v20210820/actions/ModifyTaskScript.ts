// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { IntegrationNodeDetail as ruleIntegrationNodeDetail } from "../rules/IntegrationNodeDetail.js";

/** Checks a ModifyTaskScript request body against the spec before anything is sent. */
export const validateModifyTaskScriptRequest: CompiledValidator<NonNullable<operations["ModifyTaskScript"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyTaskScript"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"ScriptContent":{"t":"string"},"IntegrationNodeDetails":{"t":"array","i":ruleIntegrationNodeDetail}}})));

/** ModifyTaskScript (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const ModifyTaskScript: ActionRow<"ModifyTaskScript", NonNullable<operations["ModifyTaskScript"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyTaskScript">> = {
  action: "ModifyTaskScript",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyTaskScriptRequest,
};
