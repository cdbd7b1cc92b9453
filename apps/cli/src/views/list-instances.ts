import type { ListInstancesRequest, WedataClient } from "@wedata-openapi/client";
import { colorsFor } from "../context.js";
import { configurePagedTable, runPagedTable } from "./paged-table.js";
import type { View } from "./types.js";

/** `list-instances`: a table (or json/jsonl), one page or `--all` of them. */
export const listInstancesView: View<WedataClient> = {
  configure: (command) =>
    configurePagedTable(command, [
      'wedata list-instances --mock --project-id 1460947878944567296 --schedule-time-from "2025-03-28 00:00:00" --schedule-time-to "2025-03-28 23:59:59"',
      'wedata list-instances --mock --project-id 1460947878944567296 --schedule-time-from "2025-03-28 00:00:00" --schedule-time-to "2025-03-28 23:59:59" --instance-state-list 4,5,8,13 --all --output jsonl',
    ]),
  async run({ client, params, flags, io }) {
    const { paginate } = await import("@wedata-openapi/client");
    const { stateLabel } = await import("../render-v20210820.js");
    const request = params as unknown as ListInstancesRequest;
    const colors = colorsFor(io.stdout, io.env);
    return runPagedTable(io, flags, colors, {
      page: () => client.call("ListInstances", request),
      pages: (data) => data.TotalPage,
      all: () => paginate(client, "ListInstances", { PageSize: 100, ...request }),
      cells: (item) => [
        stateLabel(item.InstanceState, colors),
        item.CostTime ?? "",
        (item.InChargeList ?? []).join(","),
      ],
    });
  },
};
