// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeDsTaskVersionList request body against the spec before anything is sent. */
export const validateDescribeDsTaskVersionListRequest: CompiledValidator<NonNullable<operations["DescribeDsTaskVersionList"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeDsTaskVersionList"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TaskId"],"o":{"TaskId":{"t":"string"},"ProjectId":{"t":"string"},"IsOnlyCurrentEditingVersion":{"t":"boolean"},"IsOnlyProductVersion":{"t":"boolean"}}})));

/** DescribeDsTaskVersionList: what a client needs to send it. */
export const DescribeDsTaskVersionList: ActionRow<"DescribeDsTaskVersionList", NonNullable<operations["DescribeDsTaskVersionList"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeDsTaskVersionList">> = {
  action: "DescribeDsTaskVersionList",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeDsTaskVersionListRequest,
};
