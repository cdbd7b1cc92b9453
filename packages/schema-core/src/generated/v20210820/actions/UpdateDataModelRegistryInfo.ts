// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UpdateDataModelRegistryInfo request body against the spec before anything is sent. */
export const validateUpdateDataModelRegistryInfoRequest: CompiledValidator<NonNullable<operations["UpdateDataModelRegistryInfo"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UpdateDataModelRegistryInfo"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["CloudappId","AppCamRole"],"o":{"CloudappId":{"t":"string"},"AppCamRole":{"t":"string"},"Ip":{"t":"string"},"Port":{"t":"integer","min":0},"AppCamRoleId":{"t":"string"},"Provider":{"t":"string"},"TenantId":{"t":"string"},"OwnId":{"t":"string"},"VpcId":{"t":"string"},"VpcRegion":{"t":"string"},"Pip":{"t":"string"},"Pport":{"t":"integer","min":0},"IsPublic":{"t":"integer","min":0}}})));

/** UpdateDataModelRegistryInfo: what a client needs to send it. */
export const UpdateDataModelRegistryInfo: ActionRow<"UpdateDataModelRegistryInfo", NonNullable<operations["UpdateDataModelRegistryInfo"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UpdateDataModelRegistryInfo">> = {
  action: "UpdateDataModelRegistryInfo",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUpdateDataModelRegistryInfoRequest,
};
