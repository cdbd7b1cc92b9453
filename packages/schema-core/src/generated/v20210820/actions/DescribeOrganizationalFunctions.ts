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

/** Checks a DescribeOrganizationalFunctions request body against the spec before anything is sent. */
export const validateDescribeOrganizationalFunctionsRequest: CompiledValidator<NonNullable<operations["DescribeOrganizationalFunctions"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeOrganizationalFunctions"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Type","ProjectId"],"o":{"Type":{"t":"string"},"ProjectId":{"t":"string"},"Name":{"t":"string"},"DisplayName":{"t":"string"},"EnvType":{"t":"string"},"Filters":{"t":"array","i":ruleFilter},"OrderFields":{"t":"array","i":ruleOrderField}}})));

/** DescribeOrganizationalFunctions: what a client needs to send it. */
export const DescribeOrganizationalFunctions: ActionRow<"DescribeOrganizationalFunctions", NonNullable<operations["DescribeOrganizationalFunctions"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeOrganizationalFunctions">> = {
  action: "DescribeOrganizationalFunctions",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeOrganizationalFunctionsRequest,
};
