// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { InstanceApiOpsRequest as ruleInstanceApiOpsRequest } from "../rules/InstanceApiOpsRequest.js";
import { InstanceOpsDtoInput as ruleInstanceOpsDtoInput } from "../rules/InstanceOpsDtoInput.js";
import { ProjectBaseInfoOpsRequest as ruleProjectBaseInfoOpsRequest } from "../rules/ProjectBaseInfoOpsRequest.js";

/** Checks a DiagnosePro request body against the spec before anything is sent. */
export const validateDiagnoseProRequest: CompiledValidator<NonNullable<operations["DiagnosePro"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DiagnosePro"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["SearchCondition","ProjectId"],"o":{"SearchCondition":ruleInstanceApiOpsRequest,"ProjectId":{"t":"string"},"Instances":{"t":"array","i":ruleInstanceOpsDtoInput},"CheckFather":{"t":"boolean"},"RerunType":{"t":"string"},"DependentWay":{"t":"string"},"SkipEventListening":{"t":"boolean"},"SonInstanceType":{"t":"string"},"OptType":{"t":"string"},"OperatorName":{"t":"string"},"OperatorId":{"t":"string"},"ProjectIdent":{"t":"string"},"ProjectName":{"t":"string"},"PageIndex":{"t":"integer"},"PageSize":{"t":"integer"},"Count":{"t":"integer"},"RequestBaseInfo":ruleProjectBaseInfoOpsRequest,"IsCount":{"t":"boolean"}}})));

/** DiagnosePro: what a client needs to send it. */
export const DiagnosePro: ActionRow<"DiagnosePro", NonNullable<operations["DiagnosePro"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DiagnosePro">> = {
  action: "DiagnosePro",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDiagnoseProRequest,
};
