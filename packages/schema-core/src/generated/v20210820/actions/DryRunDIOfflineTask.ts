// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DryRunDIOfflineTask request body against the spec before anything is sent. */
export const validateDryRunDIOfflineTaskRequest: CompiledValidator<NonNullable<operations["DryRunDIOfflineTask"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DryRunDIOfflineTask"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId","ProjectId"],"o":{"TaskId":{"t":"string"},"ProjectId":{"t":"string"},"ResourceGroup":{"t":"string"},"TaskTypeId":{"t":"integer","min":0}}})));

/** DryRunDIOfflineTask: what a client needs to send it. */
export const DryRunDIOfflineTask: ActionRow<"DryRunDIOfflineTask", NonNullable<operations["DryRunDIOfflineTask"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DryRunDIOfflineTask">> = {
  action: "DryRunDIOfflineTask",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateDryRunDIOfflineTaskRequest,
};
