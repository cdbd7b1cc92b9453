// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeInstanceList request body against the spec before anything is sent. */
export const validateDescribeInstanceListRequest: CompiledValidator<NonNullable<operations["DescribeInstanceList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeInstanceList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","PageIndex","PageSize","CycleList","OwnerList","InstanceType","Sort","SortCol","TaskTypeList","StateList"],"o":{"ProjectId":{"t":"string"},"PageIndex":{"t":"integer"},"PageSize":{"t":"integer"},"CycleList":{"t":"array","i":{"t":"string"}},"OwnerList":{"t":"array","i":{"t":"string"}},"InstanceType":{"t":"string"},"Sort":{"t":"string"},"SortCol":{"t":"string"},"TaskTypeList":{"t":"array","i":{"t":"integer"}},"StateList":{"t":"array","i":{"t":"integer"}},"Keyword":{"t":"string"}}})));

/** DescribeInstanceList: what a client needs to send it. */
export const DescribeInstanceList: ActionRow<"DescribeInstanceList", NonNullable<operations["DescribeInstanceList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeInstanceList">> = {
  action: "DescribeInstanceList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeInstanceListRequest,
};
