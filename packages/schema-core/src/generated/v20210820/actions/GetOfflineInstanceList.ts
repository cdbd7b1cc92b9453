// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { SearchCondition as ruleSearchCondition } from "../rules/SearchCondition.js";

/** Checks a GetOfflineInstanceList request body against the spec before anything is sent. */
export const validateGetOfflineInstanceListRequest: CompiledValidator<NonNullable<operations["GetOfflineInstanceList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetOfflineInstanceList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["PageIndex","PageSize","ProjectId"],"o":{"PageIndex":{"t":"string"},"PageSize":{"t":"integer","min":0},"ProjectId":{"t":"string"},"SearchCondition":ruleSearchCondition}})));

/** GetOfflineInstanceList: what a client needs to send it. */
export const GetOfflineInstanceList: ActionRow<"GetOfflineInstanceList", NonNullable<operations["GetOfflineInstanceList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetOfflineInstanceList">> = {
  action: "GetOfflineInstanceList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateGetOfflineInstanceListRequest,
};
