// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeOpsMakePlans request body against the spec before anything is sent. */
export const validateDescribeOpsMakePlansRequest: CompiledValidator<NonNullable<operations["DescribeOpsMakePlans"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeOpsMakePlans"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"PlanId":{"t":"string"},"PlanName":{"t":"string"},"TaskName":{"t":"string"},"TaskId":{"t":"string"},"Creator":{"t":"string"},"MinCreateTime":{"t":"string"},"MaxCreateTime":{"t":"string"},"StateList":{"t":"array","i":{"t":"integer"}},"Keyword":{"t":"string"}}})));

/** DescribeOpsMakePlans: what a client needs to send it. */
export const DescribeOpsMakePlans: ActionRow<"DescribeOpsMakePlans", NonNullable<operations["DescribeOpsMakePlans"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeOpsMakePlans">> = {
  action: "DescribeOpsMakePlans",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeOpsMakePlansRequest,
};
