// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DownloadLogByLine request body against the spec before anything is sent. */
export const validateDownloadLogByLineRequest: CompiledValidator<NonNullable<operations["DownloadLogByLine"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DownloadLogByLine"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["StartLine","LineCount","ProjectId"],"o":{"StartLine":{"t":"integer"},"LineCount":{"t":"integer"},"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"CurRunDate":{"t":"string"},"DetailId":{"t":"string"},"FilePath":{"t":"string"},"RecordId":{"t":"string"},"SubJobId":{"t":"string"},"JobType":{"t":"string"},"ParseErrorTip":{"t":"boolean"},"FileType":{"t":"integer"},"QueryFileFlag":{"t":"integer"},"ExtInfo":{"t":"string"}}})));

/** DownloadLogByLine: what a client needs to send it. */
export const DownloadLogByLine: ActionRow<"DownloadLogByLine", NonNullable<operations["DownloadLogByLine"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DownloadLogByLine">> = {
  action: "DownloadLogByLine",
  version,
  rateLimit: 20,
  idempotent: false,
  returnsData: true,
  validateRequest: validateDownloadLogByLineRequest,
};
