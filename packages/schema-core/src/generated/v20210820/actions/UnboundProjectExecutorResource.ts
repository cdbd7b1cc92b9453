// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a UnboundProjectExecutorResource request body against the spec before anything is sent. */
export const validateUnboundProjectExecutorResourceRequest: CompiledValidator<NonNullable<operations["UnboundProjectExecutorResource"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["UnboundProjectExecutorResource"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ExecutorGroupId"],"o":{"ExecutorGroupId":{"t":"string"},"ProjectId":{"t":"string"},"ProjectIdList":{"t":"array","i":{"t":"string"}},"ExecutorResourcePackageIds":{"t":"array","i":{"t":"string"}}}})));

/** UnboundProjectExecutorResource: what a client needs to send it. */
export const UnboundProjectExecutorResource: ActionRow<"UnboundProjectExecutorResource", NonNullable<operations["UnboundProjectExecutorResource"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "UnboundProjectExecutorResource">> = {
  action: "UnboundProjectExecutorResource",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateUnboundProjectExecutorResourceRequest,
};
