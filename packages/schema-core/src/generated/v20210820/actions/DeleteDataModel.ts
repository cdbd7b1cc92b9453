// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteDataModel request body against the spec before anything is sent. */
export const validateDeleteDataModelRequest: CompiledValidator<NonNullable<operations["DeleteDataModel"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteDataModel"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["CloudappId","DataModelId","UserId"],"o":{"CloudappId":{"t":"string"},"DataModelId":{"t":"string"},"UserId":{"t":"string"}}})));

/** DeleteDataModel: what a client needs to send it. */
export const DeleteDataModel: ActionRow<"DeleteDataModel", NonNullable<operations["DeleteDataModel"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteDataModel">> = {
  action: "DeleteDataModel",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteDataModelRequest,
};
