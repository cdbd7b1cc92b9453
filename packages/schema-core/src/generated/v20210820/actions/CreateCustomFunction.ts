// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateCustomFunction request body against the spec before anything is sent. */
export const validateCreateCustomFunctionRequest: CompiledValidator<NonNullable<operations["CreateCustomFunction"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateCustomFunction"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Type","Kind","Name","ClusterIdentifier"],"o":{"Type":{"t":"string"},"Kind":{"t":"string"},"Name":{"t":"string"},"ClusterIdentifier":{"t":"string"},"DbName":{"t":"string"},"ProjectId":{"t":"string"},"FunctionResourceFileType":{"t":"string"}}})));

/** CreateCustomFunction: what a client needs to send it. */
export const CreateCustomFunction: ActionRow<"CreateCustomFunction", NonNullable<operations["CreateCustomFunction"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateCustomFunction">> = {
  action: "CreateCustomFunction",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateCreateCustomFunctionRequest,
};
