import type { ListTaskInstancesRequest, TaskInstance, WedataClient } from "@wedata-openapi/client/v20250806";
import { Option } from "commander";
import { colorsFor, progressBar, writeJson } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { INSTANCE_COLUMNS } from "./list-instances.js";
import type { View } from "./types.js";

/** `list-task-instances` of API 2025-08-06: 2021-08-20's table (or json/jsonl), one page or `--all`. */
export const listTaskInstancesView: View<WedataClient> = {
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
          "  wedata --api-version 2025-08-06 list-task-instances --mock --project-id 1460947878944567296\n" +
          "  wedata --api-version 2025-08-06 list-task-instances --mock --project-id 1460947878944567296 --instance-state EXPIRED --all --output jsonl\n",
      );
    return [];
  },
  async run({ client, params, flags, io }) {
    const { paginate, taskInstanceState } = await import("@wedata-openapi/client/v20250806");
    const { humanDuration, paintState, table } = await import("../render.js");
    const request = params as unknown as ListTaskInstancesRequest;
    const output = String(flags.output ?? (io.stdout.isTTY ? "table" : "json"));
    const colors = colorsFor(io.stdout, io.env);
    const instanceTable = (items: readonly TaskInstance[]) =>
      table(
        INSTANCE_COLUMNS,
        items.map((item) => [
          item.InstanceKey ?? "",
          item.TaskName ?? "",
          paintState(taskInstanceState(item.InstanceState), colors),
          item.StartTime ?? "",
          typeof item.CostTime === "number" ? humanDuration(item.CostTime) : "",
          (item.OwnerUinList ?? []).join(","),
        ]),
        colors,
      );
    const zone = colors.dim(`times in ${request.TimeZone ?? "UTC+8"}`);
    if (!flags.all) {
      const response = await client.call("ListTaskInstances", request);
      const items = response.Data?.Items ?? [];
      if (output === "json") writeJson(io, response);
      else if (output === "jsonl") for (const item of items) io.stdout.write(`${JSON.stringify(item)}\n`);
      else {
        io.stdout.write(instanceTable(items));
        const d = response.Data;
        io.stdout.write(
          colors.dim(
            `page ${d?.PageNumber ?? 1} of ${d?.TotalPageNumber ?? 1}, ${d?.TotalCount ?? items.length} instances · ${zone} · RequestId ${response.RequestId}\n`,
          ),
        );
      }
      return ExitCode.ok;
    }
    const bar = await progressBar(io, "{bar} {value} instances");
    bar?.start(0, 0);
    const items: TaskInstance[] = [];
    try {
      for await (const item of paginate(client, "ListTaskInstances", { PageSize: 100, ...request })) {
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
      io.stdout.write(colors.dim(`${items.length} instances · ${zone}\n`));
    }
    return ExitCode.ok;
  },
};
