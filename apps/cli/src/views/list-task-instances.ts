import type { ListTaskInstancesRequest, WedataClient } from "@wedata-openapi/client/v20250806";
import { colorsFor } from "../context.js";
import { configurePagedTable, runPagedTable } from "./paged-table.js";
import type { View } from "./types.js";

/** `list-task-instances` of API 2025-08-06: 2021-08-20's table (or json/jsonl), one page or `--all`. */
export const listTaskInstancesView: View<WedataClient> = {
  configure: (command) =>
    configurePagedTable(command, [
      "wedata --api-version 2025-08-06 list-task-instances --mock --project-id 1460947878944567296",
      "wedata --api-version 2025-08-06 list-task-instances --mock --project-id 1460947878944567296 --instance-state EXPIRED --all --output jsonl",
    ]),
  async run({ client, params, flags, io }) {
    const { paginate, taskInstanceState } = await import("@wedata-openapi/client/v20250806");
    const { humanDuration, paintState } = await import("../render.js");
    const request = params as unknown as ListTaskInstancesRequest;
    const colors = colorsFor(io.stdout, io.env);
    const zone = colors.dim(`times in ${request.TimeZone ?? "UTC+8"}`);
    return runPagedTable(io, flags, colors, {
      page: () => client.call("ListTaskInstances", request),
      pages: (data) => data.TotalPageNumber,
      all: () => paginate(client, "ListTaskInstances", { PageSize: 100, ...request }),
      cells: (item) => [
        paintState(taskInstanceState(item.InstanceState), colors),
        typeof item.CostTime === "number" ? humanDuration(item.CostTime) : "",
        (item.OwnerUinList ?? []).join(","),
      ],
      note: zone,
    });
  },
};
