// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";
import { OrderFields as ruleOrderFields } from "../rules/OrderFields.js";

/** Checks a DescribeRoleList request body against the spec before anything is sent. */
export const validateDescribeRoleListRequest: CompiledValidator<NonNullable<operations["DescribeRoleList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeRoleList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ShowAllRoles":{"t":"boolean"},"IncludeRoleTypes":{"t":"array","i":{"t":"string"}},"DescribeMemberCount":{"t":"boolean"},"DescribeOperator":{"t":"boolean"},"DescribeSystemRoleOnly":{"t":"boolean"},"DescribeCustomRoleOnly":{"t":"boolean"},"DescribePrivileges":{"t":"boolean"},"RoleIds":{"t":"array","i":{"t":"string"}},"ProjectId":{"t":"string"},"PageNumber":{"t":"integer"},"PageSize":{"t":"integer"},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderFields}}})));

/** DescribeRoleList: what a client needs to send it. */
export const DescribeRoleList: ActionRow<"DescribeRoleList", NonNullable<operations["DescribeRoleList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeRoleList">> = {
  action: "DescribeRoleList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeRoleListRequest,
};
