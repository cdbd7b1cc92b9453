// Which actions page, and how: read from each action's request and success schemas, never from its name. An
// action pages when its request takes a page number and a page size (PageNumber/PageSize, PageIndex, PageNo,
// PageNum, Page/Size) or an offset and a limit (Offset/Limit), and its success content (or its Data) has one
// list of items. What inference cannot see is stated in the overlay: `x-tc-paginated` on the operation, an
// object with the members below (to correct or complete a rule) or `false` (the action does not page).

const NUMBER_MEMBERS = ["PageNumber", "PageIndex", "PageNo", "PageNum", "Page"];
const SIZE_MEMBERS = ["PageSize", "Size"];
// Where several lists sit side by side, the one with one of these names holds the items.
const ITEM_LISTS = ["Items", "Rows", "List", "Data", "Details"];
const TOTAL_COUNTS = ["TotalCount", "Total", "Count"];
const TOTAL_PAGES = ["TotalPageNumber", "TotalPage", "PageCount", "TotalPages"];

/** A schema's JSON types (`object` for one with properties but no `type`). */
export const typesOf = (schema) => [schema?.type ?? (schema?.properties ? "object" : undefined)].flat();

/** A schema through its references and a nullable union. */
export function plain(schema, resolve) {
  let current = resolve(schema ?? {});
  const alternatives = current.oneOf ?? current.anyOf;
  if (Array.isArray(alternatives)) {
    const others = alternatives.filter((a) => resolve(a).type !== "null");
    if (others.length === 1) current = resolve(others[0]);
  }
  return current;
}

/**
 * The paging rule of one action, or undefined. `items`, `total` and `pages` are paths in what the action's
 * method resolves to (its `Data` where it has one); `start` is the first page's number (0 for an offset).
 */
export function pagingOf(op, resolve) {
  const stated = op.paginated;
  if (stated === false) return undefined;
  const request = plain(op.requestSchema, resolve).properties ?? {};
  const has = (name) => Object.hasOwn(request, name);
  const number = NUMBER_MEMBERS.find(has);
  const size = SIZE_MEMBERS.find(has);
  const style = number && size ? "page" : has("Offset") && has("Limit") ? "offset" : undefined;
  if (!style && !stated) return undefined;
  const content = plain(op.successSchema, resolve).properties ?? {};
  const data = content.Data ? plain(content.Data, resolve) : undefined;
  const inData = Boolean(data?.properties);
  const members = inData ? data.properties : content;
  const lists = Object.entries(members)
    .filter(([, schema]) => typesOf(plain(schema, resolve)).includes("array"))
    .map(([name]) => name);
  const items = lists.length === 1 ? lists[0] : ITEM_LISTS.find((name) => lists.includes(name));
  const dataIsList = !inData && data && typesOf(data).includes("array");
  const found = (names) => names.find((name) => Object.hasOwn(members, name));
  const rule = {
    style,
    ...(style === "page" ? { number, size } : style === "offset" ? { number: "Offset", size: "Limit" } : {}),
    // Relative to the method's result: `Data` itself when Data is the list.
    items: dataIsList ? [] : items === undefined ? undefined : [items],
    ...(found(TOTAL_COUNTS) && !dataIsList ? { total: [found(TOTAL_COUNTS)] } : {}),
    ...(found(TOTAL_PAGES) && !dataIsList ? { pages: [found(TOTAL_PAGES)] } : {}),
    ...(stated && typeof stated === "object" ? stated : {}),
  };
  if (!rule.style || !rule.number || !rule.size || rule.items === undefined) return undefined;
  // Some actions take the page as a string of digits ("1"): the walker sends it in that form.
  if (typesOf(plain(request[rule.number], resolve)).includes("string")) rule.text = true;
  const itemSchema = dataIsList
    ? plain(data.items, resolve)
    : plain(plain(members[rule.items[0]] ?? {}, resolve).items ?? {}, resolve);
  const itemRef = dataIsList ? data.items : plain(members[rule.items[0]] ?? {}, resolve).items;
  return { ...rule, start: rule.style === "offset" ? 0 : 1, itemSchema, itemRef };
}

/** Every paged action of a spec's operations, keyed by action. */
export function pagedActions(operations, resolve) {
  const paged = new Map();
  for (const op of operations) {
    const rule = pagingOf(op, resolve);
    if (rule) paged.set(op.action, rule);
  }
  return paged;
}

/** What a paging rule says to the code that walks it (`PagingRule`): without the schemas it was read from. */
export function publicRule({ style, number, size, start, text, items, total, pages }) {
  return {
    style,
    number,
    size,
    start,
    ...(text ? { text } : {}),
    items,
    ...(total ? { total } : {}),
    ...(pages ? { pages } : {}),
  };
}
