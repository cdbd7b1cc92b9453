// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ProdSchedulerTaskInput as ruleProdSchedulerTaskInput } from "../rules/ProdSchedulerTaskInput.js";

/** Checks a ModifyExecStrategy request body against the spec before anything is sent. */
export const validateModifyExecStrategyRequest: CompiledValidator<NonNullable<operations["ModifyExecStrategy"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyExecStrategy"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"RuleGroupId":{"t":"integer","min":0},"MonitorType":{"t":"integer","min":0},"ExecQueue":{"t":"string"},"ExecutorGroupId":{"t":"string"},"ExecutorGroupName":{"t":"string"},"Tasks":{"t":"array","i":ruleProdSchedulerTaskInput},"ProjectId":{"t":"string"},"StartTime":{"t":"string"},"EndTime":{"t":"string"},"CycleType":{"t":"string"},"CycleStep":{"t":"integer","min":0},"TaskAction":{"t":"string"},"DelayTime":{"t":"integer","min":0},"DatabaseId":{"t":"string"},"DatasourceId":{"t":"string"},"TableId":{"t":"string"},"ExecEngineType":{"t":"string"},"TriggerTypes":{"t":"array","i":{"t":"string"}}}})));

/** ModifyExecStrategy: what a client needs to send it. */
export const ModifyExecStrategy: ActionRow<"ModifyExecStrategy", NonNullable<operations["ModifyExecStrategy"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyExecStrategy">> = {
  action: "ModifyExecStrategy",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyExecStrategyRequest,
};
