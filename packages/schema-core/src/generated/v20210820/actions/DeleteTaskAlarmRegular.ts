// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DeleteTaskAlarmRegular request body against the spec before anything is sent. */
export const validateDeleteTaskAlarmRegularRequest: CompiledValidator<NonNullable<operations["DeleteTaskAlarmRegular"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteTaskAlarmRegular"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Id","ProjectId"],"o":{"Id":{"t":"string"},"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"TaskType":{"t":"integer"}}})));

/** DeleteTaskAlarmRegular: what a client needs to send it. */
export const DeleteTaskAlarmRegular: ActionRow<"DeleteTaskAlarmRegular", NonNullable<operations["DeleteTaskAlarmRegular"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteTaskAlarmRegular">> = {
  action: "DeleteTaskAlarmRegular",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteTaskAlarmRegularRequest,
};
