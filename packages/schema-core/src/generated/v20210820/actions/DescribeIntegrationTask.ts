// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { RecordField as ruleRecordField } from "../rules/RecordField.js";

/** Checks a DescribeIntegrationTask request body against the spec before anything is sent. */
export const validateDescribeIntegrationTaskRequest: CompiledValidator<NonNullable<operations["DescribeIntegrationTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeIntegrationTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","ProjectId"],"o":{"TaskId":{"t":"string"},"ProjectId":{"t":"string"},"TaskType":{"t":"integer","min":0},"InstanceVersion":{"t":"integer"},"ExtConfig":{"t":"array","i":ruleRecordField}}})));

/** DescribeIntegrationTask: what a client needs to send it. */
export const DescribeIntegrationTask: ActionRow<"DescribeIntegrationTask", NonNullable<operations["DescribeIntegrationTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeIntegrationTask">> = {
  action: "DescribeIntegrationTask",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeIntegrationTaskRequest,
};
