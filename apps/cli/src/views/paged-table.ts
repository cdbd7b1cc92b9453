// What the list views of both API versions share: `--output table|json|jsonl`, one page or `--all` of them
// with a progress bar, and the table's footer. Each view says how to fetch a page, walk every page and draw
// its rows.
import { stringifyExactJson } from "@wedata-openapi/tc3-fetch/exact-json";
import type { Command } from "commander";
import { Option } from "commander";
import { type colorsFor, type Io, progressBar, writeJson } from "../context.js";
import { ExitCode } from "../exit-codes.js";

/** The instance table, the same for both API versions. */
export const INSTANCE_COLUMNS = ["INSTANCE", "TASK", "STATE", "STARTED", "COST", "OWNERS"] as const;

export type Colors = ReturnType<typeof colorsFor>;

/** An instance in a list, as both API versions name what the table shows of it alike. */
interface Listed {
  InstanceKey?: string | null;
  TaskName?: string | null;
  StartTime?: string | null;
}

/** A list action's answer, as both API versions shape it. */
export interface Page {
  RequestId: string;
  Data?: { Items?: readonly Listed[] | null; PageNumber?: number | null; TotalCount?: number | null } | null;
}
type ItemOf<P extends Page> = NonNullable<NonNullable<P["Data"]>["Items"]>[number];

/** One list view: how to get a page or every item, and how to draw items as a table. */
export interface PagedTable<P extends Page> {
  /** One page: the whole response is what `--output json` prints. */
  page(): Promise<P>;
  /** How many pages there are, from a page's Data (each version names it its own way). */
  pages(data: NonNullable<P["Data"]>): number | null | undefined;
  /** Every item, page after page. */
  all(): AsyncIterable<ItemOf<P>>;
  /** The cells each version shows its own way: the state, the cost, the owners. */
  cells(item: ItemOf<P>): readonly [state: string, cost: string, owners: string];
  /** Said after the count of instances (e.g. the time zone of their times). */
  note?: string;
}

/** Adds `--output` and `--all`, and the view's examples. */
export function configurePagedTable(command: Command, examples: readonly string[]): readonly string[] {
  command
    .addOption(
      new Option("--output <format>", "table (default on a terminal), json or jsonl").choices([
        "table",
        "json",
        "jsonl",
      ]),
    )
    .option("--all", "walk every page (a progress bar on a terminal); json prints all items as one array")
    .addHelpText("after", `\nExamples:\n${examples.map((example) => `  ${example}\n`).join("")}`);
  return [];
}

/** Prints one page, or every item with `--all`, as the chosen output. */
export async function runPagedTable<P extends Page>(
  io: Io,
  flags: Record<string, unknown>,
  colors: Colors,
  view: PagedTable<P>,
): Promise<number> {
  const { table } = await import("../render.js");
  const tableOf = (items: readonly ItemOf<P>[]) =>
    table(
      INSTANCE_COLUMNS,
      items.map((item) => {
        const [state, cost, owners] = view.cells(item);
        return [item.InstanceKey ?? "", item.TaskName ?? "", state, item.StartTime ?? "", cost, owners];
      }),
      colors,
    );
  const output = String(flags.output ?? (io.stdout.isTTY ? "table" : "json"));
  if (!flags.all) {
    const response = await view.page();
    const d = response.Data;
    const items: readonly ItemOf<P>[] = d?.Items ?? [];
    if (output === "json") writeJson(io, response);
    else if (output === "jsonl") for (const item of items) io.stdout.write(`${stringifyExactJson(item)}\n`);
    else {
      const count = `${d?.TotalCount ?? items.length} instances${view.note ? ` · ${view.note}` : ""}`;
      const pages = d ? view.pages(d as NonNullable<P["Data"]>) : undefined;
      const footer = `page ${d?.PageNumber ?? 1} of ${pages ?? 1}, ${count} · RequestId ${response.RequestId}`;
      io.stdout.write(tableOf(items) + colors.dim(`${footer}\n`));
    }
    return ExitCode.ok;
  }
  const bar = await progressBar(io, "{bar} {value} instances");
  bar?.start(0, 0);
  const items: ItemOf<P>[] = [];
  try {
    for await (const item of view.all()) {
      items.push(item);
      if (output === "jsonl") io.stdout.write(`${stringifyExactJson(item)}\n`);
      bar?.setTotal(items.length);
      bar?.update(items.length);
    }
  } finally {
    bar?.stop();
  }
  if (output === "json") writeJson(io, items);
  else if (output === "table") {
    io.stdout.write(tableOf(items));
    io.stdout.write(colors.dim(`${items.length} instances${view.note ? ` · ${view.note}` : ""}\n`));
  }
  return ExitCode.ok;
}
