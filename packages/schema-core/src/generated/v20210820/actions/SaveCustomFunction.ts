// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { FunctionResource as ruleFunctionResource } from "../rules/FunctionResource.js";

/** Checks a SaveCustomFunction request body against the spec before anything is sent. */
export const validateSaveCustomFunctionRequest: CompiledValidator<NonNullable<operations["SaveCustomFunction"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["SaveCustomFunction"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["FunctionId","Kind","ClusterIdentifier","ClassName","ResourceList","Description","Usage","ParamDesc","ReturnDesc","Example"],"o":{"FunctionId":{"t":"string"},"Kind":{"t":"string"},"ClusterIdentifier":{"t":"string"},"ClassName":{"t":"string"},"ResourceList":{"t":"array","i":ruleFunctionResource},"Description":{"t":"string"},"Usage":{"t":"string"},"ParamDesc":{"t":"string"},"ReturnDesc":{"t":"string"},"Example":{"t":"string"},"ProjectId":{"t":"string"},"DbName":{"t":"string"},"Name":{"t":"string"}}})));

/** SaveCustomFunction: what a client needs to send it. */
export const SaveCustomFunction: ActionRow<"SaveCustomFunction", NonNullable<operations["SaveCustomFunction"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "SaveCustomFunction">> = {
  action: "SaveCustomFunction",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateSaveCustomFunctionRequest,
};
