// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { InstanceLifeDetailDtoInput as ruleInstanceLifeDetailDtoInput } from "../rules/InstanceLifeDetailDtoInput.js";

/** Checks a DescribeInstanceLogDetail request body against the spec before anything is sent. */
export const validateDescribeInstanceLogDetailRequest: CompiledValidator<NonNullable<operations["DescribeInstanceLogDetail"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeInstanceLogDetail"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId","CurRunDate"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"CurRunDate":{"t":"string"},"LogLevelType":{"t":"string"},"ExecutionFileType":{"t":"string"},"ExecutionJobId":{"t":"string"},"BrokerIp":{"t":"string"},"OriginFileName":{"t":"string"},"StartCount":{"t":"integer"},"LineCount":{"t":"integer"},"ExtInfo":{"t":"string"},"RequestFromSource":{"t":"string"},"InstanceLifeDetailDtoList":{"t":"array","i":ruleInstanceLifeDetailDtoInput},"CurrentLifeRound":{"t":"integer"},"MaxLifeRound":{"t":"integer"},"Tries":{"t":"integer"},"Dynamic":{"t":"boolean"}}})));

/** DescribeInstanceLogDetail: what a client needs to send it. */
export const DescribeInstanceLogDetail: ActionRow<"DescribeInstanceLogDetail", NonNullable<operations["DescribeInstanceLogDetail"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeInstanceLogDetail">> = {
  action: "DescribeInstanceLogDetail",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeInstanceLogDetailRequest,
};
