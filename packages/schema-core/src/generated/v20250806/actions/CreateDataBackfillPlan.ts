// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ComputeConfigMapping as ruleComputeConfigMapping } from "../rules/ComputeConfigMapping.js";
import { DataBackfillRangeInput as ruleDataBackfillRangeInput } from "../rules/DataBackfillRangeInput.js";
import { KVPairInput as ruleKVPairInput } from "../rules/KVPairInput.js";

/** Checks a CreateDataBackfillPlan request body against the spec before anything is sent. */
export const validateCreateDataBackfillPlanRequest: CompiledValidator<NonNullable<operations["CreateDataBackfillPlan"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateDataBackfillPlan"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskIds","DataBackfillRangeList"],"o":{"ProjectId":{"t":"string"},"TaskIds":{"t":"array","i":{"t":"string"}},"DataBackfillRangeList":{"t":"array","i":ruleDataBackfillRangeInput},"TimeZone":{"t":"string"},"DataBackfillPlanName":{"t":"string"},"CheckParentType":{"t":"string"},"SkipEventListening":{"t":"boolean"},"RedefineSelfWorkflowDependency":{"t":"string"},"RedefineParallelNum":{"t":"integer","min":0},"SchedulerResourceGroupId":{"t":"string"},"IntegrationResourceGroupId":{"t":"string"},"RedefineParamList":{"t":"array","i":ruleKVPairInput},"DataTimeOrder":{"t":"string"},"RedefineCycleType":{"t":"string"},"ComputeConfigMappings":{"t":"array","i":ruleComputeConfigMapping}}})));

/** CreateDataBackfillPlan: what a client needs to send it. */
export const CreateDataBackfillPlan: ActionRow<"CreateDataBackfillPlan", NonNullable<operations["CreateDataBackfillPlan"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateDataBackfillPlan">> = {
  action: "CreateDataBackfillPlan",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateDataBackfillPlanRequest,
};
