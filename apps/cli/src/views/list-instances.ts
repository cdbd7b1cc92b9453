import type { InstanceVO, ListInstancesRequest, WedataClient } from "@wedata-openapi/client";
import { Option } from "commander";
import { colorsFor, progressBar, writeJson } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import type { View } from "./types.js";

type Colors = ReturnType<typeof colorsFor>;

/** The instance table, the same for both API versions. */
export const INSTANCE_COLUMNS = ["INSTANCE", "TASK", "STATE", "STARTED", "COST", "OWNERS"] as const;

function rowsOf(
  items: readonly InstanceVO[],
  colors: Colors,
  stateLabel: (code: number | null | undefined, c: Colors) => string,
) {
  return items.map((item) => [
    item.InstanceKey ?? "",
    item.TaskName ?? "",
    stateLabel(item.InstanceState, colors),
    item.StartTime ?? "",
    item.CostTime ?? "",
    (item.InChargeList ?? []).join(","),
  ]);
}

/** `list-instances`: a table (or json/jsonl), one page or `--all` of them. */
export const listInstancesView: View<WedataClient> = {
  configure(command) {
    command
      .addOption(
        new Option("--output <format>", "table (default on a terminal), json or jsonl").choices([
          "table",
          "json",
          "jsonl",
        ]),
      )
      .option("--all", "walk every page (a progress bar on a terminal); json prints all items as one array")
      .addHelpText(
        "after",
        "\nExamples:\n" +
          '  wedata list-instances --mock --project-id 1460947878944567296 --schedule-time-from "2025-03-28 00:00:00" --schedule-time-to "2025-03-28 23:59:59"\n' +
          '  wedata list-instances --mock --project-id 1460947878944567296 --schedule-time-from "2025-03-28 00:00:00" --schedule-time-to "2025-03-28 23:59:59" --instance-state-list 4,5,8,13 --all --output jsonl\n',
      );
    return [];
  },
  async run({ client, params, flags, io }) {
    const { paginate } = await import("@wedata-openapi/client");
    const [{ stateLabel }, { table }] = await Promise.all([
      import("../render-v20210820.js"),
      import("../render.js"),
    ]);
    const instanceTable = (items: readonly InstanceVO[]) =>
      table(INSTANCE_COLUMNS, rowsOf(items, colors, stateLabel), colors);
    const request = params as unknown as ListInstancesRequest;
    const output = String(flags.output ?? (io.stdout.isTTY ? "table" : "json"));
    const colors = colorsFor(io.stdout, io.env);
    if (!flags.all) {
      const response = await client.call("ListInstances", request);
      const items = response.Data?.Items ?? [];
      if (output === "json") writeJson(io, response);
      else if (output === "jsonl") for (const item of items) io.stdout.write(`${JSON.stringify(item)}\n`);
      else {
        io.stdout.write(instanceTable(items));
        const d = response.Data;
        io.stdout.write(
          colors.dim(
            `page ${d?.PageNumber ?? 1} of ${d?.TotalPage ?? 1}, ${d?.TotalCount ?? items.length} instances · RequestId ${response.RequestId}\n`,
          ),
        );
      }
      return ExitCode.ok;
    }
    const bar = await progressBar(io, "{bar} {value} instances");
    bar?.start(0, 0);
    const items: InstanceVO[] = [];
    try {
      for await (const item of paginate(client, "ListInstances", { PageSize: 100, ...request })) {
        items.push(item);
        if (output === "jsonl") io.stdout.write(`${JSON.stringify(item)}\n`);
        bar?.setTotal(items.length);
        bar?.update(items.length);
      }
    } finally {
      bar?.stop();
    }
    if (output === "json") writeJson(io, items);
    else if (output === "table") {
      io.stdout.write(instanceTable(items));
      io.stdout.write(colors.dim(`${items.length} instances\n`));
    }
    return ExitCode.ok;
  },
};
