import type { OpsAsyncJobDetail, WedataClient } from "@wedata-openapi/client/v20250806";
import { Option } from "commander";
import { colorsFor, writeJson } from "../context.js";
import { ExitCode, parseDuration, UsageError } from "../exit-codes.js";
import { addWriteOptions, beforeWrite, dryRunRequest } from "../write-safety.js";
import type { View } from "./types.js";

/**
 * The three asynchronous writes: confirmation on a terminal (unless --yes), --dry-run to print the request
 * without sending it, and --wait to follow the job to its end (exit 0 SUCCESS, 3 FAIL or PART_SUCCESS,
 * 4 timeout) and show where each instance ended.
 */
export function writeView(action: string, verb: string): View<WedataClient> {
  return {
    configure(command) {
      addWriteOptions(command)
        .option("--wait", "follow the asynchronous job to its end; the exit code tells the outcome")
        .option("--interval <duration>", "with --wait: time between polls", "2s")
        .option("--timeout <duration>", "with --wait: give up after this long (exit code 4)", "30m")
        .addOption(
          new Option(
            "--output <format>",
            "with --wait: text (default on a terminal: each instance's state) or json (the job and the states)",
          ).choices(["text", "json"]),
        )
        .addHelpText(
          "after",
          `\nExample:\n  wedata --api-version 2025-08-06 ${command.name()} --mock --project-id 1460947878944567296 --instance-key-list "20250714200100001_2025-10-01 00:00:00" --yes --wait\n\n` +
            "Exit codes: 0 sent (with --wait: SUCCESS), 1 service/network error (an unknown outcome says how to check),\n" +
            "            2 usage or validation error or declined, 3 --wait ended in FAIL or PART_SUCCESS, 4 --wait timed out.\n",
        );
      return [];
    },
    async run({ client, params, flags, io }) {
      const keys = (params.InstanceKeyList as string[] | undefined) ?? [];
      if (flags.dryRun && flags.wait)
        throw new UsageError("--dry-run sends nothing: it cannot be combined with --wait");
      const list =
        keys.length > 3 ? `${keys.slice(0, 3).join(", ")} and ${keys.length - 3} more` : keys.join(", ");
      const decision = await beforeWrite(
        `${verb} ${keys.length} instance(s): ${list}?`,
        flags,
        io,
        async () => {
          // Validated as it would be, shown as it would travel: the signature is made at send time, never shown.
          await client.validate(action as "RerunTaskInstancesAsync", params as never);
          return dryRunRequest(client, action, "2025-08-06", params);
        },
      );
      if (decision === "dry-run") return ExitCode.ok;
      if (decision === "declined") return ExitCode.usage;
      const response = await client.call(action as "RerunTaskInstancesAsync", params as never);
      const asyncId = response.Data?.AsyncId ?? "";
      if (!flags.wait) {
        writeJson(io, response);
        return ExitCode.ok;
      }
      const { waitForOpsAsyncJob, OpsAsyncJobFailedError, WaitTimeoutError, taskInstanceState } =
        await import("@wedata-openapi/client/v20250806");
      const c = colorsFor(io.stderr, io.env);
      io.stderr.write(`${verb}: job ${asyncId} started\n`);
      let last = "";
      const progress = (job: OpsAsyncJobDetail | null) => {
        const line = `${job?.Status ?? "?"} ${job?.FinishedSubProcessCount ?? 0}/${job?.TotalSubProcessCount ?? keys.length} done`;
        if (line !== last) io.stderr.write(`${new Date().toISOString().slice(11, 19)} UTC  ${line}\n`);
        last = line;
      };
      let job: OpsAsyncJobDetail;
      let code: number = ExitCode.ok;
      try {
        job = await waitForOpsAsyncJob(
          client,
          { ProjectId: String(params.ProjectId), AsyncId: asyncId },
          {
            intervalMs: parseDuration(String(flags.interval), "--interval"),
            timeoutMs: parseDuration(String(flags.timeout), "--timeout"),
            onPoll: progress,
          },
        );
        if (job.Status === "PART_SUCCESS") code = ExitCode.failed;
      } catch (error) {
        if (error instanceof WaitTimeoutError) {
          io.stderr.write(
            `${c.red("error:")} --wait timed out after ${flags.timeout}; the job is ${error.lastState}\n`,
          );
          return ExitCode.timedOut;
        }
        if (!(error instanceof OpsAsyncJobFailedError)) throw error;
        io.stderr.write(`${c.red("error:")} ${error.message}\n`);
        job = error.job;
        code = ExitCode.failed;
      }
      // Where each instance ended, as the service now reports it.
      const instances = [];
      for (const key of keys) {
        const detail = await client
          .getTaskInstance({ ProjectId: String(params.ProjectId), InstanceKey: key })
          .catch(() => null);
        instances.push({
          InstanceKey: key,
          TaskName: detail?.TaskName ?? null,
          InstanceState: detail?.InstanceState ?? null,
        });
      }
      const output = String(flags.output ?? (io.stdout.isTTY ? "text" : "json"));
      if (output === "json") {
        writeJson(io, { Job: job, Instances: instances });
        return code;
      }
      const { paintState, table } = await import("../render.js");
      const out = colorsFor(io.stdout, io.env);
      io.stdout.write(
        table(
          ["INSTANCE", "TASK", "STATE"],
          instances.map((i) => [
            i.InstanceKey,
            i.TaskName ?? "",
            paintState(taskInstanceState(i.InstanceState), out),
          ]),
          out,
        ),
      );
      io.stdout.write(
        out.dim(
          `job ${asyncId}: ${job.Status ?? "?"}, ${job.FinishedSubProcessCount ?? 0}/${job.TotalSubProcessCount ?? keys.length} done\n`,
        ),
      );
      return code;
    },
  };
}
