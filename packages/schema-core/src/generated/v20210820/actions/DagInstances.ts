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

/** Checks a DagInstances request body against the spec before anything is sent. */
export const validateDagInstancesRequest: CompiledValidator<NonNullable<operations["DagInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DagInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"Instances":{"t":"array","i":ruleInstanceOpsDtoInput},"CheckFather":{"t":"boolean"},"RerunType":{"t":"string"},"DependentWay":{"t":"string"},"SkipEventListening":{"t":"boolean"},"SonInstanceType":{"t":"string"},"SearchCondition":ruleInstanceApiOpsRequest,"OptType":{"t":"string"},"OperatorName":{"t":"string"},"OperatorId":{"t":"string"},"ProjectId":{"t":"string"},"ProjectIdent":{"t":"string"},"ProjectName":{"t":"string"},"PageIndex":{"t":"integer"},"PageSize":{"t":"integer"},"Count":{"t":"integer"},"RequestBaseInfo":ruleProjectBaseInfoOpsRequest,"IsCount":{"t":"boolean"}}})));

/** DagInstances: what a client needs to send it. */
export const DagInstances: ActionRow<"DagInstances", NonNullable<operations["DagInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DagInstances">> = {
  action: "DagInstances",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDagInstancesRequest,
};
