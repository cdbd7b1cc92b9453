// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a ListDataBackfillInstances request body against the spec before anything is sent. */
export const validateListDataBackfillInstancesRequest: CompiledValidator<NonNullable<operations["ListDataBackfillInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ListDataBackfillInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","DataBackfillPlanId","TaskId"],"o":{"ProjectId":{"t":"string"},"DataBackfillPlanId":{"t":"string"},"TaskId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0}}})));

/** ListDataBackfillInstances: what a client needs to send it. */
export const ListDataBackfillInstances: ActionRow<"ListDataBackfillInstances", NonNullable<operations["ListDataBackfillInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ListDataBackfillInstances">> = {
  action: "ListDataBackfillInstances",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateListDataBackfillInstancesRequest,
};
