// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TaskAlarmInfoInput as ruleTaskAlarmInfoInput } from "../rules/TaskAlarmInfoInput.js";

/** Checks a ModifyTaskAlarmRegular request body against the spec before anything is sent. */
export const validateModifyTaskAlarmRegularRequest: CompiledValidator<NonNullable<operations["ModifyTaskAlarmRegular"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ModifyTaskAlarmRegular"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Id","TaskAlarmInfo","ProjectId"],"o":{"Id":{"t":"string"},"TaskAlarmInfo":ruleTaskAlarmInfoInput,"ProjectId":{"t":"string"}}})));

/** ModifyTaskAlarmRegular: what a client needs to send it. */
export const ModifyTaskAlarmRegular: ActionRow<"ModifyTaskAlarmRegular", NonNullable<operations["ModifyTaskAlarmRegular"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ModifyTaskAlarmRegular">> = {
  action: "ModifyTaskAlarmRegular",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateModifyTaskAlarmRegularRequest,
};
