import type { GetTaskInstanceLogRequest, InstanceLog, WedataClient } from "@wedata-openapi/client/v20250806";
import { Option } from "commander";
import { writeJson } from "../context.js";
import { ExitCode, parseDuration } from "../exit-codes.js";
import type { View } from "./types.js";

/**
 * `get-task-instance-log` of API 2025-08-06: the log text, every page by its cursor (2021-08-20's look), or
 * `--output json`, one page per line; `--follow` keeps reading while the instance runs.
 */
export const taskInstanceLogView: View<WedataClient> = {
  configure(command) {
    command
      .option("--follow", "keep printing new lines while the instance runs")
      .option("--interval <duration>", "with --follow: time between polls", "2s")
      .addOption(
        new Option("--output <format>", "text (default) or json (one page per line)").choices([
          "text",
          "json",
        ]),
      )
      .addHelpText(
        "after",
        "\nExamples:\n" +
          '  wedata --api-version 2025-08-06 get-task-instance-log --mock --project-id 1460947878944567296 --instance-key "20250714200300003_2025-10-01 00:00:00"\n' +
          '  wedata --api-version 2025-08-06 get-task-instance-log --project-id 1460947878944567296 --instance-key "<TaskId>_<yyyy-MM-dd HH:mm:ss>" --life-round-num 1 --follow\n',
      );
    return [];
  },
  async run({ client, params, flags, io }) {
    const { readTaskInstanceLog } = await import("@wedata-openapi/client/v20250806");
    const output = String(flags.output ?? "text");
    const intervalMs = parseDuration(String(flags.interval), "--interval");
    const print = (page: InstanceLog) => {
      if (output === "json") return writeJson(io, page);
      const text = page.LogInfo ?? "";
      io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    };
    const request = params as unknown as GetTaskInstanceLogRequest;
    for await (const page of readTaskInstanceLog(client, request, {
      follow: Boolean(flags.follow),
      intervalMs,
    }))
      print(page);
    return ExitCode.ok;
  },
};
