// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import * as rules from "../rules.js";

/** Checks a DescribeProjectUsers request body against the spec before anything is sent. */
export const validateDescribeProjectUsersRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeProjectUsers"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","PageNumber","PageSize"],"o":{"ProjectId":{"t":"string"},"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"Filters":{"t":"array","i":rules.FilterOptional},"OrderFields":{"t":"array","i":rules.OrderFieldOptional},"IsProjectAdmin":{"t":"boolean"}}})));

/** DescribeProjectUsers: what a client needs to send it. */
export const DescribeProjectUsers: ActionRow<"DescribeProjectUsers", NonNullable<operations["DescribeProjectUsers"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeProjectUsers">> = {
  action: "DescribeProjectUsers",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeProjectUsersRequest,
};
