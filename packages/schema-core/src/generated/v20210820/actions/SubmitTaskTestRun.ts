// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { StageCloudApiRequest as ruleStageCloudApiRequest } from "../rules/StageCloudApiRequest.js";

/** Checks a SubmitTaskTestRun request body against the spec before anything is sent. */
export const validateSubmitTaskTestRunRequest: CompiledValidator<NonNullable<operations["SubmitTaskTestRun"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["SubmitTaskTestRun"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskIds","ProjectId"],"o":{"TaskIds":{"t":"string"},"ProjectId":{"t":"string"},"WorkFlowId":{"t":"string"},"Name":{"t":"string"},"Tasks":{"t":"array","i":ruleStageCloudApiRequest},"Description":{"t":"string"},"RunParams":{"t":"string"},"ScriptContent":{"t":"string"},"VersionId":{"t":"string"},"SubmitTaskTestRunType":{"t":"string"}}})));

/** SubmitTaskTestRun: what a client needs to send it. */
export const SubmitTaskTestRun: ActionRow<"SubmitTaskTestRun", NonNullable<operations["SubmitTaskTestRun"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "SubmitTaskTestRun">> = {
  action: "SubmitTaskTestRun",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateSubmitTaskTestRunRequest,
};
