// The command of every paged action without a view of its own: `--output table|json|jsonl` and `--all`,
// walking the pages by the action's generated rule (the client's `paginate`). The table shows the items'
// plain members (strings, numbers, booleans), one column each, in the order the first items carry them.
import type { PagingRule } from "@wedata-openapi/schema";
import { stringifyExactJson } from "@wedata-openapi/tc3-fetch/exact-json";
import { type Command, Option } from "commander";
import { colorsFor, type Io, progressBar, writeJson } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { printableLine } from "../terminal-text.js";

/** Walks a paged action's items (the version's `paginate`, with a progress callback). */
export type Paginate = (
  client: unknown,
  action: string,
  params: unknown,
  options: { onPage(progress: { pages: number; items: number; total?: number }): void },
) => AsyncIterable<unknown>;

const CELL = 48;
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const plain = (value: unknown) =>
  value === null || ["string", "number", "bigint", "boolean"].includes(typeof value);

function at(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return node;
}

/** Adds `--output` (table by default on a terminal) and `--all`. */
export function configureList(command: Command): void {
  command
    .addOption(
      new Option(
        "--output <format>",
        "table (default on a terminal), json (the whole reply) or jsonl",
      ).choices(["table", "json", "jsonl"]),
    )
    .option("--all", "walk every page (progress on a terminal); json prints every item as one array");
}

/** The items as a table of their plain members, each cell one printable line. */
export function itemTable(
  items: readonly unknown[],
  io: Io,
  table: typeof import("../render.js").table,
): string {
  const columns: string[] = [];
  for (const item of items.slice(0, 20))
    if (isObject(item))
      for (const [name, value] of Object.entries(item))
        if (plain(value) && !columns.includes(name)) columns.push(name);
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? "" : printableLine(String(value));
    return text.length > CELL ? `${text.slice(0, CELL - 1)}…` : text;
  };
  const rows = items.map((item) => columns.map((name) => cell(isObject(item) ? item[name] : undefined)));
  return table(columns, rows, colorsFor(io.stdout, io.env));
}

export interface ListRun {
  client: { call(action: string, params: never): Promise<unknown> };
  paginate: Paginate;
  action: string;
  params: Record<string, unknown>;
  rule: PagingRule;
  flags: { output?: string; all?: boolean };
  io: Io;
}

/** Prints one page (the whole reply for json), or every item with `--all`, as the chosen output. */
export async function runList({
  client,
  paginate,
  action,
  params,
  rule,
  flags,
  io,
}: ListRun): Promise<number> {
  const output = flags.output ?? (io.stdout.isTTY ? "table" : "json");
  const { table } = await import("../render.js");
  const colors = colorsFor(io.stdout, io.env);
  if (!flags.all) {
    const response = await client.call(action, params as never);
    const result = isObject(response) && "Data" in response ? response.Data : response;
    const listed = rule.items.length === 0 ? result : at(result, rule.items);
    const items = Array.isArray(listed) ? listed : [];
    if (output === "json") writeJson(io, response);
    else if (output === "jsonl") for (const item of items) io.stdout.write(`${stringifyExactJson(item)}\n`);
    else {
      const total = rule.total ? at(result, rule.total) : undefined;
      const requestId = isObject(response) ? printableLine(String(response.RequestId ?? "")) : "";
      const count = `${items.length}${typeof total === "number" ? ` of ${total}` : ""} items`;
      io.stdout.write(itemTable(items, io, table) + colors.dim(`${count} · RequestId ${requestId}\n`));
    }
    return ExitCode.ok;
  }
  const bar = await progressBar(io, "{bar} {value}/{total} items");
  bar?.start(0, 0);
  const items: unknown[] = [];
  try {
    const onPage = ({ items: count, total }: { items: number; total?: number }) => {
      bar?.setTotal(total ?? count);
      bar?.update(count);
    };
    for await (const item of paginate(client, action, params, { onPage })) {
      items.push(item);
      if (output === "jsonl") io.stdout.write(`${stringifyExactJson(item)}\n`);
    }
  } finally {
    bar?.stop();
  }
  if (output === "json") writeJson(io, items);
  else if (output === "table")
    io.stdout.write(itemTable(items, io, table) + colors.dim(`${items.length} items\n`));
  return ExitCode.ok;
}
