// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import * as rules from "../rules.js";

/** Checks a ReportTaskLineage request body against the spec before anything is sent. */
export const validateReportTaskLineageRequest = /* @__PURE__ */ createRequestValidator<NonNullable<operations["ReportTaskLineage"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ChannelType","Task"],"o":{"ChannelType":{"t":"string"},"Task":rules.LineageTask,"ProjectId":{"t":"string"},"TableLineages":{"t":"array","i":rules.TableLineagePair},"ColumnLineages":{"t":"array","i":rules.ColumnLineagePair}}})));

/** ReportTaskLineage: what a client needs to send it. */
export const ReportTaskLineage: ActionRow<"ReportTaskLineage", NonNullable<operations["ReportTaskLineage"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "ReportTaskLineage">> = {
  action: "ReportTaskLineage",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateReportTaskLineageRequest,
};
