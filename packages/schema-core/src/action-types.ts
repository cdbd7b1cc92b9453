// Types derived from openapi-typescript's `operations` of any API version: the generated entry of each
// version binds them to its own operations, so versions never share types.

/** The JSON request body of action `A` (an action without a body takes an empty object). */
export type RequestOf<Ops, A extends keyof Ops> = Ops[A] extends {
  requestBody?: { content: { "application/json": infer Body } };
}
  ? Body
  : Record<string, never>;

/**
 * A request as a client takes it: every integer member may also be a `bigint`. Every integer of the API is
 * 64-bit, and a number holds integers exactly only up to 2^53: a bigint is sent as a plain JSON number with all
 * its digits (an unsafe number is refused). Enumerated members keep their literal values.
 */
export type Int64Input<T> = T extends number
  ? number extends T
    ? T | bigint
    : T
  : T extends readonly (infer U)[]
    ? Int64Input<U>[]
    : T extends object
      ? { [K in keyof T]: Int64Input<T[K]> }
      : T;

/** The whole HTTP 200 body of action `A`: `{ Response: success | error }`. */
export type ResponseBodyOf<Ops, A extends keyof Ops> = Ops[A] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

/** The content of `Response` on success: the alternative that carries no `Error`. */
export type ActionResponseOf<Ops, A extends keyof Ops> =
  ResponseBodyOf<Ops, A> extends { Response: infer R } ? Exclude<R, { Error: unknown }> : never;

/** The `Data` member of a successful response (`undefined` when the action has none). */
export type ActionDataOf<Ops, A extends keyof Ops> =
  ActionResponseOf<Ops, A> extends { Data?: infer D } ? D : undefined;

/**
 * What an action's method resolves to: its `Data` (or null) where the response declares one, otherwise the
 * response's members without `RequestId` (many 2021-08-20 actions answer `TotalCount`, `Items`... directly).
 */
export type ActionResultOf<Ops, A extends keyof Ops> =
  ActionResponseOf<Ops, A> extends infer R
    ? "Data" extends keyof R
      ? NonNullable<ActionDataOf<Ops, A>> | null
      : Omit<R, "RequestId" | "Error">
    : never;
