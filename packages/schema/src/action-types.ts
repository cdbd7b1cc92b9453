// Types derived from openapi-typescript's `operations` of any API version: the generated entry of each
// version binds them to its own operations, so versions never share types.

/** The JSON request body of action `A` (an action without a body takes an empty object). */
export type RequestOf<Ops, A extends keyof Ops> = Ops[A] extends {
  requestBody?: { content: { "application/json": infer Body } };
}
  ? Body
  : Record<string, never>;

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
