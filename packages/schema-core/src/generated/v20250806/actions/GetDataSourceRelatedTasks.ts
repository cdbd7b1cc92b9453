// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a GetDataSourceRelatedTasks request body against the spec before anything is sent. */
export const validateGetDataSourceRelatedTasksRequest: CompiledValidator<NonNullable<operations["GetDataSourceRelatedTasks"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["GetDataSourceRelatedTasks"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Id"],"o":{"Id":{"t":"integer","min":0}}})));

/** GetDataSourceRelatedTasks: what a client needs to send it. */
export const GetDataSourceRelatedTasks: ActionRow<"GetDataSourceRelatedTasks", NonNullable<operations["GetDataSourceRelatedTasks"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "GetDataSourceRelatedTasks">> = {
  action: "GetDataSourceRelatedTasks",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateGetDataSourceRelatedTasksRequest,
};
