// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";

/** Checks a DescribeTableContentPreview request body against the spec before anything is sent. */
export const validateDescribeTableContentPreviewRequest: CompiledValidator<NonNullable<operations["DescribeTableContentPreview"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeTableContentPreview"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["TableId","TechnologyType","ClusterId","ResourceType","TableName","ProjectId"],"o":{"TableId":{"t":"string"},"TechnologyType":{"t":"string"},"ClusterId":{"t":"string"},"ResourceType":{"t":"string"},"TableName":{"t":"string"},"ProjectId":{"t":"string"},"RowNum":{"t":"integer"},"DatabaseName":{"t":"string"},"TaskId":{"t":"string"},"PartitionName":{"t":"string"},"ResourceGroupId":{"t":"string"},"Sql":{"t":"string"},"EngineId":{"t":"string"}}})));

/** DescribeTableContentPreview: what a client needs to send it. */
export const DescribeTableContentPreview: ActionRow<"DescribeTableContentPreview", NonNullable<operations["DescribeTableContentPreview"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeTableContentPreview">> = {
  action: "DescribeTableContentPreview",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: false,
  validateRequest: validateDescribeTableContentPreviewRequest,
};
