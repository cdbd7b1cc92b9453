// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { ActionDataOf, ActionResponseOf, ActionResultOf, RequestOf, ResponseBodyOf } from "../../action-types.js";
import type { operations } from "./types.js";

export type * from "./types.js";
export { actions, version } from "./actions.js";
export { actionNames } from "./names.js";

/** Every action of this version. */
export type ActionName = keyof operations;
/** The request body of an action. */
export type ActionRequest<A extends ActionName> = RequestOf<operations, A>;
/** The whole HTTP 200 body of an action: `{ Response: success | error }`. */
export type ActionResponseBody<A extends ActionName> = ResponseBodyOf<operations, A>;
/** The content of `Response` on success (`{ Data, RequestId, ... }`). */
export type ActionResponse<A extends ActionName> = ActionResponseOf<operations, A>;
/** The `Data` of a successful response. */
export type ActionData<A extends ActionName> = ActionDataOf<operations, A>;
/** What an action's method resolves to: `Data` where the response has one, else its members but RequestId. */
export type ActionResult<A extends ActionName> = ActionResultOf<operations, A>;
/** The headers of an action's request (`X-TC-Action`, `X-TC-Version`...). */
export type ActionHeaders<A extends ActionName> = operations[A]["parameters"]["header"];
