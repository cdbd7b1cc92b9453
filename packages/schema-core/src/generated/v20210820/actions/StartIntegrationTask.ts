// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { RecordField as ruleRecordField } from "../rules/RecordField.js";

/** Checks a StartIntegrationTask request body against the spec before anything is sent. */
export const validateStartIntegrationTaskRequest: CompiledValidator<NonNullable<operations["StartIntegrationTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["StartIntegrationTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","ProjectId"],"o":{"TaskId":{"t":"string"},"ProjectId":{"t":"string"},"Event":{"t":"string"},"ExtConfig":{"t":"array","i":ruleRecordField},"EventDesc":{"t":"string"}}})));

/** StartIntegrationTask: what a client needs to send it. */
export const StartIntegrationTask: ActionRow<"StartIntegrationTask", NonNullable<operations["StartIntegrationTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "StartIntegrationTask">> = {
  action: "StartIntegrationTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateStartIntegrationTaskRequest,
};
