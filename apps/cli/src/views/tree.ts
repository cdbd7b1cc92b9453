import type { TaskInstance, WedataClient } from "@wedata-openapi/client/v20250806";
import { Option } from "commander";
import { colorsFor, writeJson } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import type { View } from "./types.js";

type Direction = "ListUpstreamTaskInstances" | "ListDownstreamTaskInstances";

/** `list-upstream-task-instances` / `list-downstream-task-instances`: a tree with states, `--depth` levels deep. */
export function treeView(action: Direction): View<WedataClient> {
  return {
    configure(command) {
      command
        .option("--depth <n>", "how many levels to walk (each level is one call per instance)", "3")
        .addOption(
          new Option(
            "--output <format>",
            "tree (default on a terminal) or json (the first level's Response)",
          ).choices(["tree", "json"]),
        );
      return [];
    },
    async run({ client, params, flags, io }) {
      const depth = Number(flags.depth);
      if (!Number.isInteger(depth) || depth < 1) throw new UsageError("--depth must be a positive integer");
      const output = String(flags.output ?? (io.stdout.isTTY ? "tree" : "json"));
      if (output === "json") {
        writeJson(io, await client.call(action, params as never));
        return ExitCode.ok;
      }
      const { paginate, taskInstanceState } = await import("@wedata-openapi/client/v20250806");
      const c = colorsFor(io.stdout, io.env);
      const paint = (state: string | null | undefined) => {
        const s = taskInstanceState(state);
        const color =
          s.group === "succeeded"
            ? c.green
            : s.group === "failed"
              ? c.red
              : s.group === "running"
                ? c.cyan
                : c.yellow;
        return color(s.name);
      };
      const projectId = String(params.ProjectId);
      const root = String(params.InstanceKey);
      const seen = new Set([root]);
      const lines: string[] = [];
      const detail = await client.getTaskInstance({ ProjectId: projectId, InstanceKey: root });
      lines.push(`${c.bold(detail?.TaskName ?? root)}  ${root}  ${paint(detail?.InstanceState)}`);
      const walk = async (key: string, prefix: string, level: number) => {
        const children: TaskInstance[] = [];
        for await (const item of paginate(client, action, {
          ProjectId: projectId,
          InstanceKey: key,
          PageSize: 100,
        }))
          children.push(item);
        for (const [index, child] of children.entries()) {
          const last = index === children.length - 1;
          const childKey = child.InstanceKey ?? "";
          const again = seen.has(childKey);
          lines.push(
            `${prefix}${last ? "└─ " : "├─ "}${child.TaskName ?? "?"}  ${childKey}  ${paint(child.InstanceState)}${again ? c.dim(" (shown above)") : ""}`,
          );
          if (again || level >= depth) continue;
          seen.add(childKey);
          await walk(childKey, `${prefix}${last ? "   " : "│  "}`, level + 1);
        }
      };
      await walk(root, "", 1);
      io.stdout.write(`${lines.join("\n")}\n`);
      return ExitCode.ok;
    },
  };
}
