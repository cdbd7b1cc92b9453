// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteCustomFunction request body against the spec before anything is sent. */
export const validateDeleteCustomFunctionRequest: CompiledValidator<NonNullable<operations["DeleteCustomFunction"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteCustomFunction"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"o":{"ClusterIdentifier":{"t":"string"},"FunctionId":{"t":"string"},"ProjectId":{"t":"string"},"FunctionName":{"t":"string"},"FunctionType":{"t":"string"},"DatabaseName":{"t":"string"},"SchemaName":{"t":"string"},"CommandFormat":{"t":"string"}}})));

/** DeleteCustomFunction: what a client needs to send it. */
export const DeleteCustomFunction: ActionRow<"DeleteCustomFunction", NonNullable<operations["DeleteCustomFunction"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteCustomFunction">> = {
  action: "DeleteCustomFunction",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateDeleteCustomFunctionRequest,
};
