// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SearchConditionNew as ruleSearchConditionNew } from "../rules/SearchConditionNew.js";

/** Checks a GetOfflineDIInstanceList request body against the spec before anything is sent. */
export const validateGetOfflineDIInstanceListRequest: CompiledValidator<NonNullable<operations["GetOfflineDIInstanceList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetOfflineDIInstanceList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["PageIndex","PageSize","ProjectId"],"o":{"PageIndex":{"t":"integer","min":0},"PageSize":{"t":"integer","min":0},"ProjectId":{"t":"string"},"SearchCondition":ruleSearchConditionNew}})));

/** GetOfflineDIInstanceList: what a client needs to send it. */
export const GetOfflineDIInstanceList: ActionRow<"GetOfflineDIInstanceList", NonNullable<operations["GetOfflineDIInstanceList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetOfflineDIInstanceList">> = {
  action: "GetOfflineDIInstanceList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateGetOfflineDIInstanceListRequest,
};
