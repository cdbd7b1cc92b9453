// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { TaskAlarmInfoInput as ruleTaskAlarmInfoInput } from "../rules/TaskAlarmInfoInput.js";

/** Checks a CreateTaskAlarmRegular request body against the spec before anything is sent. */
export const validateCreateTaskAlarmRegularRequest: CompiledValidator<NonNullable<operations["CreateTaskAlarmRegular"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["CreateTaskAlarmRegular"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskAlarmInfo","ProjectId"],"o":{"TaskAlarmInfo":ruleTaskAlarmInfoInput,"ProjectId":{"t":"string"}}})));

/** CreateTaskAlarmRegular: what a client needs to send it. */
export const CreateTaskAlarmRegular: ActionRow<"CreateTaskAlarmRegular", NonNullable<operations["CreateTaskAlarmRegular"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "CreateTaskAlarmRegular">> = {
  action: "CreateTaskAlarmRegular",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: false,
  validateRequest: validateCreateTaskAlarmRegularRequest,
};
