// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionRow } from "../../../action-info.js";
import type { ActionResultOf } from "../../../action-types.js";
import { createRequestValidator, lazyRule } from "../../../request-rules.js";
import type { CompiledValidator } from "../../../validator-types.js";
import type { operations } from "../types.js";
import { version } from "../version.js";
import { InstanceLifeDetailDtoInput as ruleInstanceLifeDetailDtoInput } from "../rules/InstanceLifeDetailDtoInput.js";

/** Checks a DescribeInstanceLogFile request body against the spec before anything is sent. */
export const validateDescribeInstanceLogFileRequest: CompiledValidator<NonNullable<operations["DescribeInstanceLogFile"]["requestBody"]>["content"]["application/json"]> = /* @__PURE__ */ createRequestValidator<NonNullable<operations["DescribeInstanceLogFile"]["requestBody"]>["content"]["application/json"]>(/* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","TaskId"],"o":{"ProjectId":{"t":"string"},"TaskId":{"t":"string"},"CurRunDate":{"t":"string"},"RequestFromSource":{"t":"string"},"BrokerIp":{"t":"string"},"OriginFileName":{"t":"string"},"ExecutionJobId":{"t":"string"},"LogLevelType":{"t":"string"},"ExecutionFileType":{"t":"string"},"InstanceLifeDetailDtoList":{"t":"array","i":ruleInstanceLifeDetailDtoInput},"CurrentLifeRound":{"t":"integer"},"MaxLifeRound":{"t":"integer"},"Tries":{"t":"integer"},"Dynamic":{"t":"boolean"}}})));

/** DescribeInstanceLogFile: what a client needs to send it. */
export const DescribeInstanceLogFile: ActionRow<"DescribeInstanceLogFile", NonNullable<operations["DescribeInstanceLogFile"]["requestBody"]>["content"]["application/json"], ActionResultOf<operations, "DescribeInstanceLogFile">> = {
  action: "DescribeInstanceLogFile",
  version,
  rateLimit: 20,
  idempotent: true,
  returnsData: true,
  validateRequest: validateDescribeInstanceLogFileRequest,
};
