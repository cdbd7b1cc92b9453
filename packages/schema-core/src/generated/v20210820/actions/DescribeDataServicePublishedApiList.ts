// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { DataServicePublishedApiListFilter as ruleDataServicePublishedApiListFilter } from "../rules/DataServicePublishedApiListFilter.js";
import { DataServiceRequestListOrder as ruleDataServiceRequestListOrder } from "../rules/DataServiceRequestListOrder.js";

/** Checks a DescribeDataServicePublishedApiList request body against the spec before anything is sent. */
export const validateDescribeDataServicePublishedApiListRequest: CompiledValidator<NonNullable<operations["DescribeDataServicePublishedApiList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeDataServicePublishedApiList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["PageNumber","PageSize","ProjectId"],"o":{"PageNumber":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"ProjectId":{"t":"string"},"Filters":ruleDataServicePublishedApiListFilter,"OrderFields":{"t":"array","i":ruleDataServiceRequestListOrder}}})));

/** DescribeDataServicePublishedApiList: what a client needs to send it. */
export const DescribeDataServicePublishedApiList: ActionRow<"DescribeDataServicePublishedApiList", NonNullable<operations["DescribeDataServicePublishedApiList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeDataServicePublishedApiList">> = {
  action: "DescribeDataServicePublishedApiList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeDataServicePublishedApiListRequest,
};
