// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateDataModel request body against the spec before anything is sent. */
export const validateCreateDataModelRequest: CompiledValidator<NonNullable<operations["CreateDataModel"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateDataModel"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["CloudappId","UserId"],"o":{"CloudappId":{"t":"string"},"UserId":{"t":"string"},"TimeUnit":{"t":"string"},"TimeSpan":{"t":"integer"},"AutoRenewFlag":{"t":"integer","min":0},"DataModelVersion":{"t":"string"}}})));

/** CreateDataModel: what a client needs to send it. */
export const CreateDataModel: ActionRow<"CreateDataModel", NonNullable<operations["CreateDataModel"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateDataModel">> = {
  action: "CreateDataModel",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateDataModelRequest,
};
