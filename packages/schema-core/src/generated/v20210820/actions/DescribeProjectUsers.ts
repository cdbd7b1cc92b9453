// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { FilterOptional as ruleFilterOptional } from "../rules/FilterOptional.js";
import { OrderFieldOptional as ruleOrderFieldOptional } from "../rules/OrderFieldOptional.js";

/** Checks a DescribeProjectUsers request body against the spec before anything is sent. */
export const validateDescribeProjectUsersRequest: CompiledValidator<NonNullable<operations["DescribeProjectUsers"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeProjectUsers"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","PageNumber","PageSize"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"Filters":{"t":"array","i":ruleFilterOptional},"OrderFields":{"t":"array","i":ruleOrderFieldOptional},"IsProjectAdmin":{"t":"boolean"}}})));

/** DescribeProjectUsers: what a client needs to send it. */
export const DescribeProjectUsers: ActionRow<"DescribeProjectUsers", NonNullable<operations["DescribeProjectUsers"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeProjectUsers">> = {
  action: "DescribeProjectUsers",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeProjectUsersRequest,
};
