import type { GetTaskInstanceRequest, GetTaskInstanceResponse, WedataClient } from "@wedata-openapi/client";
import { Option } from "commander";
import { colorsFor, flagOfField, writeJson } from "../context.js";
import { ExitCode, parseDuration } from "../exit-codes.js";
import type { View } from "./types.js";

export const EXAMPLE_KEY = '"20250326150742906_2025-03-28 00:00:00"';

/** `get-task-instance`: the readable view with the lifecycle timeline, and `--watch`. */
export const getTaskInstanceView: View<WedataClient> = {
  configure(command) {
    command
      .option("--time-zone <zone>", "ScheduleTimeZone of the times shown: UTC+8 (default), UTC-5, UTC+5:30")
      .addOption(
        new Option("--output <format>", "text (default on a terminal) or json").choices(["text", "json"]),
      )
      .option("--watch", "poll until the instance reaches a terminal state; the exit code tells the outcome")
      .option("--interval <duration>", "with --watch: time between polls", "5s")
      .option("--timeout <duration>", "with --watch: give up after this long (exit code 4)", "30m")
      .addHelpText(
        "after",
        `\nExamples:\n  wedata get-task-instance --mock --project-id 1460947878944567296 --instance-key ${EXAMPLE_KEY} --time-zone UTC+6\n` +
          `  wedata get-task-instance --region ap-guangzhou --project-id 1460947878944567296 --instance-key ${EXAMPLE_KEY} --output json\n` +
          `  wedata get-task-instance --project-id 1460947878944567296 --instance-key ${EXAMPLE_KEY} --watch --interval 10s --timeout 2h\n\n` +
          "Exit codes: 0 success (with --watch: succeeded), 1 service/network error, 2 usage or validation error,\n" +
          "            3 --watch ended in a failed state, 4 --watch timed out (as --wait).\n",
      );
    return [];
  },
  async run({ client, params: raw, flags, io }) {
    const { instanceState, WaitTimeoutError, waitForTaskInstance } = await import("@wedata-openapi/client");
    const { renderInstance, stateLabel } = await import("../render-v20210820.js");
    const params = raw as unknown as GetTaskInstanceRequest;
    if (typeof flags.timeZone === "string") {
      params.ScheduleTimeZone = flags.timeZone;
      flagOfField.set("ScheduleTimeZone", "--time-zone");
    }
    const output = flags.output ?? (io.stdout.isTTY ? "text" : "json");
    const interval = parseDuration(String(flags.interval), "--interval");
    const timeout = parseDuration(String(flags.timeout), "--timeout");
    const show = (response: GetTaskInstanceResponse) => {
      if (output === "json") return writeJson(io, response);
      if (!response.Data) {
        io.stdout.write(
          `No instance data for ${params.InstanceKey} (Data: null)\nRequestId ${response.RequestId}\n`,
        );
        return;
      }
      io.stdout.write(
        renderInstance(response.Data, {
          timeZone: params.ScheduleTimeZone ?? "UTC+8",
          requestId: response.RequestId,
          colors: colorsFor(io.stdout, io.env),
        }),
      );
    };
    if (!flags.watch) {
      show(await client.getTaskInstanceResponse(params));
      return ExitCode.ok;
    }
    const c = colorsFor(io.stderr, io.env);
    let lastLabel: string | undefined;
    let last: GetTaskInstanceResponse | undefined;
    try {
      const detail = await waitForTaskInstance(client, params, {
        intervalMs: interval,
        timeoutMs: timeout,
        onPoll: (data, response) => {
          last = response;
          const label = data ? stateLabel(data.InstanceState, c) : c.gray("not found yet");
          if (label !== lastLabel) io.stderr.write(`${new Date().toISOString().slice(11, 19)}  ${label}\n`);
          lastLabel = label;
        },
      });
      if (last) show(last);
      return instanceState(detail.InstanceState).group === "failed" ? ExitCode.failed : ExitCode.ok;
    } catch (error) {
      if (error instanceof WaitTimeoutError) {
        io.stderr.write(
          `${c.red("error:")} --watch timed out after ${flags.timeout}; the instance is ${error.lastState}\n`,
        );
        return ExitCode.timedOut;
      }
      throw error;
    }
  },
};
