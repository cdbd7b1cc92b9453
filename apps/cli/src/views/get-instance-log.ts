import type { GetInstanceLogRequest, InstanceLogVO, WedataClient } from "@wedata-openapi/client";
import { Option } from "commander";
import { flagOfField, writeJson } from "../context.js";
import { ExitCode, NotFoundError, parseDuration, UsageError } from "../exit-codes.js";
import type { View } from "./types.js";

/**
 * `get-instance-log`: the log text of one run. Without `--round` (LifeRoundNum) it asks GetTaskInstance for
 * the latest round and the IDs that name its log; `--follow` keeps reading while the instance runs.
 */
export const getInstanceLogView: View<WedataClient> = {
  // Without it (or --round) the latest round is looked up.
  fills: ["LifeRoundNum"],
  configure(command) {
    command
      .option("--round <n>", "the lifecycle round (LifeRoundNum; default: the latest)")
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
        '\nExamples:\n  wedata get-instance-log --mock --project-id 1460947878944567296 --instance-key "20250326150742906_2025-03-28 00:00:00"\n' +
          '  wedata get-instance-log --project-id 1460947878944567296 --instance-key "<TaskId>_<yyyy-MM-dd HH:mm:ss>" --round 1 --follow\n',
      );
    return [];
  },
  async run({ client, params, flags, io }) {
    const { readInstanceLog } = await import("@wedata-openapi/client");
    const request = params as unknown as GetInstanceLogRequest;
    if (flags.round !== undefined) {
      const round = Number(flags.round);
      if (!Number.isInteger(round) || round < 0)
        throw new UsageError("--round must be a whole number from 0");
      request.LifeRoundNum = round;
      flagOfField.set("LifeRoundNum", "--round");
    }
    if (request.ProjectId && request.InstanceKey && !request.ExecutionJobId) {
      // The log is named by its round's execution: look the round up (the latest unless one was asked for),
      // as the console does, and say so when the instance has no such round rather than print nothing.
      const detail = await client.getTaskInstance({
        ProjectId: request.ProjectId,
        InstanceKey: request.InstanceKey,
        ...(request.ScheduleTimeZone ? { ScheduleTimeZone: request.ScheduleTimeZone } : {}),
      });
      if (!detail)
        throw new NotFoundError(
          `instance ${request.InstanceKey} was not found in project ${request.ProjectId}`,
        );
      request.LifeRoundNum ??= detail.LifeRoundNum ?? 0;
      const rounds = detail.InstanceLifeCycleList ?? [];
      const round = rounds.find((r) => r.LifeRoundNum === request.LifeRoundNum);
      if (!round && rounds.length > 0) {
        const known = rounds.map((r) => r.LifeRoundNum).filter((n) => n !== null && n !== undefined);
        throw new NotFoundError(
          `instance ${request.InstanceKey} has no round ${request.LifeRoundNum}: its rounds are ${known.join(", ")}`,
        );
      }
      if (round?.ExecutionJobId) request.ExecutionJobId ??= round.ExecutionJobId;
      if (round?.BrokerIp) request.BrokerIp ??= round.BrokerIp;
      if (round?.OriginFileName) request.OriginFileName ??= round.OriginFileName;
    }
    const output = String(flags.output ?? "text");
    const intervalMs = parseDuration(String(flags.interval), "--interval");
    const print = (chunk: InstanceLogVO) => {
      if (output === "json") return writeJson(io, chunk);
      const text = chunk.LogInfo ?? "";
      io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
    };
    for await (const chunk of readInstanceLog(client, request, { follow: Boolean(flags.follow), intervalMs }))
      print(chunk);
    return ExitCode.ok;
  },
};
