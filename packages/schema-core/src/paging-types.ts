// What a paged action's rule says (generated per version in `<version>/paging.ts`), and the type of its items.

/** How one action pages: the request members that choose the page, where the items and totals are. */
export interface PagingRule {
  /** `page`: a page number and a page size; `offset`: an offset (items to skip) and a limit. */
  readonly style: "page" | "offset";
  /** The request member of the page number (or the offset). */
  readonly number: string;
  /** The request member of the page size (or the limit). */
  readonly size: string;
  /** The first page's number (0 for an offset). */
  readonly start: number;
  /** The page member is a string of digits (`"2"`), not a number. */
  readonly text?: boolean;
  /** Where the items are, in what the action's method resolves to (`[]`: the result is the list). */
  readonly items: readonly string[];
  /** Where the total number of items is, when the answer says. */
  readonly total?: readonly string[];
  /** Where the number of pages is, when the answer says. */
  readonly pages?: readonly string[];
}

/** The item type of the list at `Path` in `Result`. */
export type PagedItemOf<Result, Path extends readonly string[]> = Path extends readonly [
  infer Key extends string,
  ...infer Rest extends readonly string[],
]
  ? PagedItemOf<Key extends keyof NonNullable<Result> ? NonNullable<Result>[Key] : never, Rest>
  : NonNullable<Result> extends readonly (infer Item)[]
    ? Item
    : never;
