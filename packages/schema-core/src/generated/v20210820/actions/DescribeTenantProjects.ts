// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { Filter as ruleFilter } from "../rules/Filter.js";
import { OrderField as ruleOrderField } from "../rules/OrderField.js";

/** Checks a DescribeTenantProjects request body against the spec before anything is sent. */
export const validateDescribeTenantProjectsRequest: CompiledValidator<NonNullable<operations["DescribeTenantProjects"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTenantProjects"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["PageNumber","PageSize"],"o":{"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"DescribeExecutors":{"t":"boolean"},"DescribeAdminUsers":{"t":"boolean"},"DescribeMemberCount":{"t":"boolean"},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderField},"DescribeCreator":{"t":"boolean"},"DescribeResourcePools":{"t":"boolean"}}})));

/** DescribeTenantProjects: what a client needs to send it. */
export const DescribeTenantProjects: ActionRow<"DescribeTenantProjects", NonNullable<operations["DescribeTenantProjects"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTenantProjects">> = {
  action: "DescribeTenantProjects",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeTenantProjectsRequest,
};
