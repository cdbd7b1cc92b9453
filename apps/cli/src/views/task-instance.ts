import type {
  GetTaskInstanceRequest,
  InstanceExecution,
  TaskInstanceDetail,
  WedataClient,
} from "@wedata-openapi/client/v20250806";
import { Option } from "commander";
import { colorsFor, flagOfField, writeJson } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import type { View } from "./types.js";

const EXAMPLE =
  'wedata --api-version 2025-08-06 get-task-instance --mock --project-id 1460947878944567296 --instance-key "20250714200300003_2025-10-01 00:00:00"';

/**
 * `get-task-instance` of API 2025-08-06: the readable view of 2021-08-20's (task, times, one timeline per
 * execution round from ListTaskInstanceExecutions), or the Response as JSON.
 */
export const taskInstanceView: View<WedataClient> = {
  configure(command) {
    command
      .addOption(
        new Option("--output <format>", "text (default on a terminal) or json (the Response)").choices([
          "text",
          "json",
        ]),
      )
      .addHelpText("after", `\nExamples:\n  ${EXAMPLE}\n  ${EXAMPLE} --time-zone UTC-5 --output json\n`);
    return [];
  },
  async run({ client, params: raw, flags, io }) {
    const params = raw as unknown as GetTaskInstanceRequest;
    const output = String(flags.output ?? (io.stdout.isTTY ? "text" : "json"));
    const response = await client.call("GetTaskInstance", params);
    if (output === "json") {
      writeJson(io, response);
      return ExitCode.ok;
    }
    flagOfField.set("TimeZone", "--time-zone");
    const c = colorsFor(io.stdout, io.env);
    const detail: TaskInstanceDetail | null | undefined = response.Data;
    if (!detail) {
      io.stdout.write(
        `No instance data for ${params.InstanceKey} (Data: null)\nRequestId ${response.RequestId}\n`,
      );
      return ExitCode.ok;
    }
    const { paginate } = await import("@wedata-openapi/client/v20250806");
    const executions: InstanceExecution[] = [];
    for await (const execution of paginate(client, "ListTaskInstanceExecutions", {
      ProjectId: params.ProjectId,
      InstanceKey: params.InstanceKey,
      ...(params.TimeZone ? { TimeZone: params.TimeZone } : {}),
    }))
      executions.push(execution);
    const { renderTaskInstance } = await import("../render-v20250806.js");
    io.stdout.write(
      renderTaskInstance(detail, executions, {
        timeZone: params.TimeZone ?? "UTC+8",
        requestId: response.RequestId,
        colors: c,
      }),
    );
    return ExitCode.ok;
  },
};
