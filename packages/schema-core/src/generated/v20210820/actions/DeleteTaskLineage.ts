// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { LineageTask as ruleLineageTask } from "../rules/LineageTask.js";

/** Checks a DeleteTaskLineage request body against the spec before anything is sent. */
export const validateDeleteTaskLineageRequest: CompiledValidator<NonNullable<operations["DeleteTaskLineage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DeleteTaskLineage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["Task","ChannelType"],"o":{"Task":ruleLineageTask,"ChannelType":{"t":"string"}}})));

/** DeleteTaskLineage: what a client needs to send it. */
export const DeleteTaskLineage: ActionRow<"DeleteTaskLineage", NonNullable<operations["DeleteTaskLineage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DeleteTaskLineage">> = {
  action: "DeleteTaskLineage",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDeleteTaskLineageRequest,
};
