// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { RecordField as ruleRecordField } from "../rules/RecordField.js";

/** Checks a CommitIntegrationTask request body against the spec before anything is sent. */
export const validateCommitIntegrationTaskRequest: CompiledValidator<NonNullable<operations["CommitIntegrationTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CommitIntegrationTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","ProjectId"],"o":{"TaskId":{"t":"string"},"ProjectId":{"t":"string"},"CommitType":{"t":"integer"},"TaskType":{"t":"integer","min":0},"ExtConfig":{"t":"array","i":ruleRecordField},"VersionDesc":{"t":"string"},"InstanceVersion":{"t":"integer"},"EventDesc":{"t":"string"},"CurrentStatus":{"t":"integer"}}})));

/** CommitIntegrationTask: what a client needs to send it. */
export const CommitIntegrationTask: ActionRow<"CommitIntegrationTask", NonNullable<operations["CommitIntegrationTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CommitIntegrationTask">> = {
  action: "CommitIntegrationTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCommitIntegrationTaskRequest,
};
