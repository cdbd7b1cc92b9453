// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a KillOpsMakePlanInstances request body against the spec before anything is sent. */
export const validateKillOpsMakePlanInstancesRequest: CompiledValidator<NonNullable<operations["KillOpsMakePlanInstances"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["KillOpsMakePlanInstances"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","PlanId"],"o":{"ProjectId":{"t":"string"},"PlanId":{"t":"string"},"AsyncMode":{"t":"boolean"},"PlanName":{"t":"string"}}})));

/** KillOpsMakePlanInstances: what a client needs to send it. */
export const KillOpsMakePlanInstances: ActionRow<"KillOpsMakePlanInstances", NonNullable<operations["KillOpsMakePlanInstances"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "KillOpsMakePlanInstances">> = {
  action: "KillOpsMakePlanInstances",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateKillOpsMakePlanInstancesRequest,
};
