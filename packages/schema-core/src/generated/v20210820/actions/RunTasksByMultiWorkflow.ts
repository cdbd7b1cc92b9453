// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a RunTasksByMultiWorkflow request body against the spec before anything is sent. */
export const validateRunTasksByMultiWorkflowRequest: CompiledValidator<NonNullable<operations["RunTasksByMultiWorkflow"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["RunTasksByMultiWorkflow"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","WorkflowIds","EnableMakeUp"],"o":{"ProjectId":{"t":"string"},"WorkflowIds":{"t":"array","i":{"t":"string"}},"EnableMakeUp":{"t":"integer","min":0}}})));

/** RunTasksByMultiWorkflow: what a client needs to send it. */
export const RunTasksByMultiWorkflow: ActionRow<"RunTasksByMultiWorkflow", NonNullable<operations["RunTasksByMultiWorkflow"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "RunTasksByMultiWorkflow">> = {
  action: "RunTasksByMultiWorkflow",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateRunTasksByMultiWorkflowRequest,
};
