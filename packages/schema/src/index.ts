// The root entry is API version 2021-08-20 (the package's first), plus what every version shares.
import type { GetTaskInstanceHeaders } from "./generated/v20210820/index.js";

export type { ActionInfo, ActionMember, ActionParameters, ActionRow } from "./action-info.js";
export type {
  ActionDataOf,
  ActionResponseOf,
  ActionResultOf,
  RequestOf,
  ResponseBodyOf,
} from "./action-types.js";
export * from "./generated/v20210820/index.js";
export { createRequestValidator, lazyRule, type RequestRule, type RuleRef } from "./request-rules.js";
export type { CompiledValidator, SchemaValidationError } from "./validator-types.js";

/** The service name in the credential scope of every WeData signature. */
export const WEDATA_SERVICE = "wedata";
export const WEDATA_DEFAULT_ENDPOINT = "https://wedata.tencentcloudapi.com";
/** @deprecated Use `version` (each version's entry exports its own). */
export const WEDATA_VERSION = "2021-08-20" satisfies GetTaskInstanceHeaders["X-TC-Version"];
/** @deprecated Use `actions.GetTaskInstance.action`. */
export const GET_TASK_INSTANCE_ACTION = "GetTaskInstance" satisfies GetTaskInstanceHeaders["X-TC-Action"];
