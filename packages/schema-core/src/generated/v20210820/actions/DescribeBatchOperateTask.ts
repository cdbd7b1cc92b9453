// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeBatchOperateTask request body against the spec before anything is sent. */
export const validateDescribeBatchOperateTaskRequest: CompiledValidator<NonNullable<operations["DescribeBatchOperateTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeBatchOperateTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","Page","Size"],"o":{"ProjectId":{"t":"string"},"Page":{"t":"string"},"Size":{"t":"string"},"StatusList":{"t":"array","i":{"t":"string"}},"OwnerNameList":{"t":"array","i":{"t":"string"}},"WorkflowIdList":{"t":"array","i":{"t":"string"}},"TaskNameFilter":{"t":"string"},"TaskTypeList":{"t":"array","i":{"t":"string"}},"FordIdList":{"t":"array","i":{"t":"string"}},"TaskIdFilter":{"t":"string"},"OwnerNameFilter":{"t":"string"},"SortItem":{"t":"string"},"SortType":{"t":"string"},"DataEngineList":{"t":"array","i":{"t":"string"}},"UserId":{"t":"string"},"OwnerId":{"t":"string"},"TenantId":{"t":"string"},"DatasourceIdList":{"t":"array","i":{"t":"string"}},"DatasourceTypeList":{"t":"array","i":{"t":"string"}},"CycleUnitList":{"t":"array","i":{"t":"string"}},"CanSubmit":{"t":"boolean"},"TimeZone":{"t":"string"},"MinUpdateTime":{"t":"string"},"MaxUpdateTime":{"t":"string"}}})));

/** DescribeBatchOperateTask: what a client needs to send it. */
export const DescribeBatchOperateTask: ActionRow<"DescribeBatchOperateTask", NonNullable<operations["DescribeBatchOperateTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeBatchOperateTask">> = {
  action: "DescribeBatchOperateTask",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeBatchOperateTaskRequest,
};
