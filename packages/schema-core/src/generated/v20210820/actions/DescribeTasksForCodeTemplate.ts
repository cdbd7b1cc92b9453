// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { OrderCondition as ruleOrderCondition } from "../rules/OrderCondition.js";

/** Checks a DescribeTasksForCodeTemplate request body against the spec before anything is sent. */
export const validateDescribeTasksForCodeTemplateRequest: CompiledValidator<NonNullable<operations["DescribeTasksForCodeTemplate"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTasksForCodeTemplate"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","PageNumber","PageSize","TemplateId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"TemplateId":{"t":"string"},"WorkflowIdList":{"t":"array","i":{"t":"string"}},"OwnerIdList":{"t":"array","i":{"t":"string"}},"TaskName":{"t":"string"},"OrderCondition":ruleOrderCondition}})));

/** DescribeTasksForCodeTemplate: what a client needs to send it. */
export const DescribeTasksForCodeTemplate: ActionRow<"DescribeTasksForCodeTemplate", NonNullable<operations["DescribeTasksForCodeTemplate"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTasksForCodeTemplate">> = {
  action: "DescribeTasksForCodeTemplate",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTasksForCodeTemplateRequest,
};
