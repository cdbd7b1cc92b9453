// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { WeightInfo as ruleWeightInfo } from "../rules/WeightInfo.js";

/** Checks a ModifyDimensionWeight request body against the spec before anything is sent. */
export const validateModifyDimensionWeightRequest: CompiledValidator<NonNullable<operations["ModifyDimensionWeight"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyDimensionWeight"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["WeightInfoList","ProjectId","Refresh"],"o":{"WeightInfoList":{"t":"array","i":ruleWeightInfo},"ProjectId":{"t":"string"},"Refresh":{"t":"boolean"}}})));

/** ModifyDimensionWeight: what a client needs to send it. */
export const ModifyDimensionWeight: ActionRow<"ModifyDimensionWeight", NonNullable<operations["ModifyDimensionWeight"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyDimensionWeight">> = {
  action: "ModifyDimensionWeight",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyDimensionWeightRequest,
};
