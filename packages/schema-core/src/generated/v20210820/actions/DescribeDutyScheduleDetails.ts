// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";

/** Checks a DescribeDutyScheduleDetails request body against the spec before anything is sent. */
export const validateDescribeDutyScheduleDetailsRequest: CompiledValidator<NonNullable<operations["DescribeDutyScheduleDetails"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeDutyScheduleDetails"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Id","QueryDate"],"o":{"Id":{"t":"integer"},"QueryDate":{"t":"string"},"Filters":{"t":"array","i":ruleFilter}}})));

/** DescribeDutyScheduleDetails: what a client needs to send it. */
export const DescribeDutyScheduleDetails: ActionRow<"DescribeDutyScheduleDetails", NonNullable<operations["DescribeDutyScheduleDetails"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeDutyScheduleDetails">> = {
  action: "DescribeDutyScheduleDetails",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeDutyScheduleDetailsRequest,
};
