// What every API version shares: the shape of an action's row and members, the helpers that derive an action's
// request and result types from a version's `operations`, and the request-rule interpreter. Each version has an
// entry of its own (`@wedata-openapi/schema-core/<version>`): importing this one loads no version.
export type { ActionInfo, ActionMember, ActionParameters, ActionRow } from "./action-info.js";
export type {
  ActionDataOf,
  ActionResponseOf,
  ActionResultOf,
  Int64Input,
  RequestOf,
  ResponseBodyOf,
} from "./action-types.js";
export type { PagedItemOf, PagingRule } from "./paging-types.js";
export { createRequestValidator, lazyRule, type RequestRule, type RuleRef } from "./request-rules.js";
export type { CompiledValidator, SchemaValidationError } from "./validator-types.js";
