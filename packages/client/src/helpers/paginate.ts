// Walks any paged action by its generated rule (`<version>/paging`): the request members that choose the page
// (a page number or an offset, and a size), where the items are and what the answer says of the total.
import type { PagingRule, RequestOf } from "@wedata-openapi/schema-core";
import type { CallOptions } from "../core.js";

/** What pagination needs of a client: the generic `call`. */
export interface Caller {
  call(action: string, params: never, options?: CallOptions): Promise<unknown>;
}

export interface PaginateOptions extends CallOptions {
  /** Stop after this many pages whatever the server says (default 10 000): a guard, not a limit to reach. */
  maxPages?: number;
  /** Called after each page with the items so far and the total the server announced (a progress line). */
  onPage?: (progress: { pages: number; items: number; total?: number }) => void;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function at(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return node;
}

/** A count as the request or the answer carries it: a number, or a string of digits (some actions' form). */
function count(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

/** The rule of the actions this helper first walked: `PageNumber` from 1, `PageSize`, `Data.Items`. */
const PAGE_ITEMS: PagingRule = {
  style: "page",
  number: "PageNumber",
  size: "PageSize",
  start: 1,
  items: ["Items"],
  total: ["TotalCount"],
};

/**
 * Yields a paged action's items, page after page. It stops on an empty or short page, at the last page the
 * server announced, once the announced total came, and when a page repeats the previous one (a server that
 * ignores the page member), so it never loops forever.
 */
export async function* paginateCall(
  client: Caller,
  action: string,
  params: Record<string, unknown>,
  options: PaginateOptions = {},
  rule: PagingRule = PAGE_ITEMS,
): AsyncGenerator<unknown, void, undefined> {
  const maxPages = options.maxPages ?? 10_000;
  let position = count(params[rule.number]) ?? rule.start;
  const pageSize = count(params[rule.size]);
  let seen = 0;
  let previous: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = rule.text ? String(position) : position;
    const response = await client.call(action, { ...params, [rule.number]: page } as never, {
      signal: options.signal,
    });
    // The rule's paths are in what the action's method resolves to: its Data where it has one.
    const result = isObject(response) && "Data" in response ? response.Data : response;
    const listed = rule.items.length === 0 ? result : at(result, rule.items);
    const items = Array.isArray(listed) ? listed : [];
    if (items.length === 0) return;
    const fingerprint = JSON.stringify(items);
    if (fingerprint === previous) return;
    previous = fingerprint;
    yield* items;
    seen += items.length;
    const total = rule.total ? count(at(result, rule.total)) : undefined;
    const totalPages = rule.pages ? count(at(result, rule.pages)) : undefined;
    options.onPage?.({ pages: pages + 1, items: seen, ...(typeof total === "number" ? { total } : {}) });
    if (rule.style === "page" && typeof totalPages === "number" && position - rule.start + 1 >= totalPages)
      return;
    if (typeof total === "number" && seen >= total) return;
    if (pageSize !== undefined && items.length < pageSize) return;
    position += rule.style === "offset" ? items.length : 1;
  }
}

/** A version's `paginate`: any action of its paging table, typed by the action's request and item. */
export type Paginator<Ops, Items, Client> = <A extends keyof Items & keyof Ops & string>(
  client: Client,
  action: A,
  params: RequestOf<Ops, A>,
  options?: PaginateOptions,
) => AsyncGenerator<Items[A], void, undefined>;

/** The `paginate` of a version, from its generated paging table (each version's entry makes its own). */
export function paginatorOf<Ops, Items, Client extends Caller>(
  paging: {
    readonly [A in keyof Items]: PagingRule;
  },
): Paginator<Ops, Items, Client> {
  return (client, action, params, options) =>
    paginateCall(
      client,
      action,
      params as Record<string, unknown>,
      options,
      paging[action],
    ) as AsyncGenerator<Items[typeof action], void, undefined>;
}
