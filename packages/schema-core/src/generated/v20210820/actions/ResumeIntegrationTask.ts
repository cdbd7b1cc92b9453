// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { RecordField as ruleRecordField } from "../rules/RecordField.js";

/** Checks a ResumeIntegrationTask request body against the spec before anything is sent. */
export const validateResumeIntegrationTaskRequest: CompiledValidator<NonNullable<operations["ResumeIntegrationTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ResumeIntegrationTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","ProjectId"],"o":{"TaskId":{"t":"string"},"ProjectId":{"t":"string"},"Event":{"t":"string"},"ExtConfig":{"t":"array","i":ruleRecordField},"EventDesc":{"t":"string"}}})));

/** ResumeIntegrationTask: what a client needs to send it. */
export const ResumeIntegrationTask: ActionRow<"ResumeIntegrationTask", NonNullable<operations["ResumeIntegrationTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ResumeIntegrationTask">> = {
  action: "ResumeIntegrationTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateResumeIntegrationTaskRequest,
};
