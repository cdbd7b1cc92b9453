import type { CallOptions } from "../core.js";

/** What pagination needs of a client: the generic `call`. */
export interface Caller {
  call(action: string, params: never, options?: CallOptions): Promise<unknown>;
}

export interface PaginateOptions extends CallOptions {
  /** Stop after this many pages whatever the server says (default 10 000): a guard, not a limit to reach. */
  maxPages?: number;
}

interface Page {
  Data?: {
    Items?: unknown[] | null;
    TotalCount?: number | null;
    TotalPage?: number | null;
    TotalPageNumber?: number | null;
  } | null;
}

/**
 * Walks a paged action (`PageNumber` from 1, `PageSize`, `Data.Items`) and yields its items, page after page.
 * It stops on an empty or short page, at the last page the server announced, once `TotalCount` items came,
 * and when a page repeats the previous one (a server that ignores PageNumber), so it never loops forever.
 */
export async function* paginateCall(
  client: Caller,
  action: string,
  params: Record<string, unknown>,
  options: PaginateOptions = {},
): AsyncGenerator<unknown, void, undefined> {
  const maxPages = options.maxPages ?? 10_000;
  let pageNumber = typeof params.PageNumber === "number" ? params.PageNumber : 1;
  let seen = 0;
  let previous: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    const response = (await client.call(action, { ...params, PageNumber: pageNumber } as never, {
      signal: options.signal,
    })) as Page;
    const data = response.Data;
    const items = data?.Items ?? [];
    if (items.length === 0) return;
    const fingerprint = JSON.stringify(items);
    if (fingerprint === previous) return;
    previous = fingerprint;
    yield* items;
    seen += items.length;
    const pageSize = typeof params.PageSize === "number" ? params.PageSize : undefined;
    const totalPages = data?.TotalPage ?? data?.TotalPageNumber;
    if (typeof totalPages === "number" && pageNumber >= totalPages) return;
    if (typeof data?.TotalCount === "number" && seen >= data.TotalCount) return;
    if (pageSize !== undefined && items.length < pageSize) return;
    pageNumber++;
  }
}
