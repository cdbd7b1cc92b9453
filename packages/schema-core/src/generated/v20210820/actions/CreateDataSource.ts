// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a CreateDataSource request body against the spec before anything is sent. */
export const validateCreateDataSourceRequest: CompiledValidator<NonNullable<operations["CreateDataSource"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateDataSource"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Name","Category","Type","OwnerProjectId","OwnerProjectName","OwnerProjectIdent"],"o":{"Name":{"t":"string"},"Category":{"t":"string"},"Type":{"t":"string"},"OwnerProjectId":{"t":"string"},"OwnerProjectName":{"t":"string"},"OwnerProjectIdent":{"t":"string"},"BizParams":{"t":"string"},"Params":{"t":"string"},"Description":{"t":"string"},"Display":{"t":"string"},"DatabaseName":{"t":"string"},"Instance":{"t":"string"},"Status":{"t":"integer","min":0},"ClusterId":{"t":"string"},"Collect":{"t":"string"},"COSBucket":{"t":"string"},"COSRegion":{"t":"string"},"ConnectResult":{"t":"string"},"DevelopmentParams":{"t":"string"},"ProjectId":{"t":"string"}}})));

/** CreateDataSource: what a client needs to send it. */
export const CreateDataSource: ActionRow<"CreateDataSource", NonNullable<operations["CreateDataSource"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateDataSource">> = {
  action: "CreateDataSource",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateCreateDataSourceRequest,
};
