// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { ColumnLineagePair as ruleColumnLineagePair } from "../rules/ColumnLineagePair.js";
import { LineageTask as ruleLineageTask } from "../rules/LineageTask.js";
import { TableLineagePair as ruleTableLineagePair } from "../rules/TableLineagePair.js";

/** Checks a ReportTaskLineage request body against the spec before anything is sent. */
export const validateReportTaskLineageRequest: CompiledValidator<NonNullable<operations["ReportTaskLineage"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ReportTaskLineage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ChannelType","Task"],"o":{"ChannelType":{"t":"string"},"Task":ruleLineageTask,"ProjectId":{"t":"string"},"TableLineages":{"t":"array","i":ruleTableLineagePair},"ColumnLineages":{"t":"array","i":ruleColumnLineagePair}}})));

/** ReportTaskLineage: what a client needs to send it. */
export const ReportTaskLineage: ActionRow<"ReportTaskLineage", NonNullable<operations["ReportTaskLineage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ReportTaskLineage">> = {
  action: "ReportTaskLineage",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateReportTaskLineageRequest,
};
