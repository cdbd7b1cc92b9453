// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a SubmitWorkflow request body against the spec before anything is sent. */
export const validateSubmitWorkflowRequest: CompiledValidator<NonNullable<operations["SubmitWorkflow"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["SubmitWorkflow"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowId","VersionRemark","StartScheduling"],"o":{"ProjectId":{"t":"string"},"WorkflowId":{"t":"string"},"VersionRemark":{"t":"string"},"StartScheduling":{"t":"boolean"}}})));

/** SubmitWorkflow (deprecated): what a client needs to send it. */
/** @deprecated Tencent marks this action deprecated. */
export const SubmitWorkflow: ActionRow<"SubmitWorkflow", NonNullable<operations["SubmitWorkflow"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "SubmitWorkflow">> = {
  action: "SubmitWorkflow",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateSubmitWorkflowRequest,
};
