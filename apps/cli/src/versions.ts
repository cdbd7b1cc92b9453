// The API versions the CLI speaks: each one's generated request members and its client.
import type { WedataClient, WedataClientOptions } from "@wedata-openapi/client";
import type { WedataClient as WedataClient2025 } from "@wedata-openapi/client/v20250806";
import type { Command } from "commander";
import { consoleCommand } from "./console/command.js";
import type { Io } from "./context.js";
import { getInstanceLogView } from "./views/get-instance-log.js";
import { getTaskInstanceView } from "./views/get-task-instance.js";
import { configureBatch, runBatch } from "./views/get-task-instances.js";
import type { Paginate } from "./views/list.js";
import { listInstancesView } from "./views/list-instances.js";
import { listTaskInstancesView } from "./views/list-task-instances.js";
import { taskInstanceView } from "./views/task-instance.js";
import { taskInstanceLogView } from "./views/task-instance-log.js";
import { treeView } from "./views/tree.js";
import type { View } from "./views/types.js";
import { writeView } from "./views/write.js";

/** What the CLI needs of a client: the generic call (every generated command uses it). */
export interface ActionCaller {
  call(action: string, params: never): Promise<unknown>;
  /** Checks params as `call` would, sending nothing (a write's --dry-run). */
  validate(action: string, params: never): void | Promise<void>;
  readonly endpoint: string;
  readonly region: string;
}

/** A command that is not one action (a batch, a console...). */
export interface ExtraCommand<Client> {
  name: string;
  description: string;
  configure(command: Command): Command;
  // biome-ignore lint/suspicious/noExplicitAny: commander hands over its parsed flags untyped
  run(client: Client, flags: any, io: Io): Promise<number>;
}

export interface ApiVersion<Client extends ActionCaller = ActionCaller> {
  /** The version's folder name in the packages (`v20210820`): its catalog and members are read from there. */
  id: string;
  /** Loaded when a command runs, not at start-up. */
  createClient(options: WedataClientOptions): Promise<Client>;
  /** The version's `paginate` (loaded when a command walks every page). */
  paginate(): Promise<Paginate>;
  /** Curated views over some actions' generated commands. */
  views: Readonly<Record<string, View<Client>>>;
  commands?: ReadonlyArray<ExtraCommand<Client>>;
}

export const DEFAULT_VERSION = "2021-08-20";

const v2021: ApiVersion<WedataClient> = {
  id: "v20210820",
  createClient: async (options) => (await import("@wedata-openapi/client")).createWedataClient(options),
  paginate: async () => (await import("@wedata-openapi/client")).paginate as Paginate,
  views: {
    GetTaskInstance: getTaskInstanceView,
    ListInstances: listInstancesView,
    GetInstanceLog: getInstanceLogView,
  },
  commands: [
    consoleCommand(
      "2021-08-20",
      async () => (await import("@wedata-openapi/schema/v20210820")).actions,
      "v20210820",
      async () => (await import("@wedata-openapi/schema/v20210820/examples")).examples,
    ),
    {
      name: "get-task-instances",
      description: "look up many instances of one project",
      configure: configureBatch,
      run: runBatch,
    },
  ],
};

const v2025: ApiVersion<WedataClient2025> = {
  id: "v20250806",
  createClient: async (options) =>
    (await import("@wedata-openapi/client/v20250806")).createWedataClient(options),
  paginate: async () => (await import("@wedata-openapi/client/v20250806")).paginate as Paginate,
  views: {
    GetTaskInstance: taskInstanceView,
    GetTaskInstanceLog: taskInstanceLogView,
    ListTaskInstances: listTaskInstancesView,
    RerunTaskInstancesAsync: writeView("RerunTaskInstancesAsync", "rerun"),
    KillTaskInstancesAsync: writeView("KillTaskInstancesAsync", "kill"),
    SetSuccessTaskInstancesAsync: writeView("SetSuccessTaskInstancesAsync", "set successful"),
    ListUpstreamTaskInstances: treeView("ListUpstreamTaskInstances"),
    ListDownstreamTaskInstances: treeView("ListDownstreamTaskInstances"),
  },
  commands: [
    consoleCommand(
      "2025-08-06",
      async () => (await import("@wedata-openapi/schema/v20250806")).actions,
      "v20250806",
      async () => (await import("@wedata-openapi/schema/v20250806/examples")).examples,
    ),
  ],
};

export const versions: Readonly<Record<string, ApiVersion>> = {
  "2021-08-20": v2021 as unknown as ApiVersion,
  "2025-08-06": v2025 as unknown as ApiVersion,
};
