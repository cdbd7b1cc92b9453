import { readFileSync } from "node:fs";
import type { BatchResult, WedataClient } from "@wedata-openapi/client";
import { stringifyExactJson } from "@wedata-openapi/tc3-fetch/exact-json";
import { type Command, Option } from "commander";
import { type CommonFlags, colorsFor, type Io, progressBar, writeJson } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { EXAMPLE_KEY } from "./get-task-instance.js";

function readKeys(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new UsageError(
      `--keys-file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

/** The batch command's own flags (it is not an action: many GetTaskInstance calls with bounded concurrency). */
export function configureBatch(command: Command): Command {
  return command
    .option("--project-id <id>", "project ID (digits)")
    .option("--time-zone <zone>", "ScheduleTimeZone of the times shown: UTC+8 (default), UTC-5, UTC+5:30")
    .option("--instance-key <key...>", "instance keys (repeat the flag or list several)")
    .option("--keys-file <file>", "a file with one instance key per line (- for stdin; # starts a comment)")
    .addOption(
      new Option("--output <format>", "text (default on a terminal), json or jsonl").choices([
        "text",
        "json",
        "jsonl",
      ]),
    )
    .option("--concurrency <n>", "calls in flight at once (the rate limit still applies)", "8")
    .addHelpText(
      "after",
      `\nExamples:\n  wedata get-task-instances --mock --project-id 1460947878944567296 --instance-key ${EXAMPLE_KEY} "20250326150742906_2025-03-29 00:00:00"\n` +
        "  wedata get-task-instances --project-id 1460947878944567296 --keys-file keys.txt --output jsonl\n",
    );
}

export async function runBatch(
  client: WedataClient,
  flags: CommonFlags & {
    projectId?: string;
    timeZone?: string;
    instanceKey?: string[];
    keysFile?: string;
    concurrency: string;
  },
  io: Io,
): Promise<number> {
  const { RequestValidationError } = await import("@wedata-openapi/client");
  const { renderBatch } = await import("../render-v20210820.js");
  const output = flags.output ?? (io.stdout.isTTY ? "text" : "json");
  const keys = [...(flags.instanceKey ?? []), ...(flags.keysFile ? readKeys(flags.keysFile) : [])];
  if (!flags.projectId) throw new UsageError("--project-id is required");
  if (keys.length === 0) throw new UsageError("give at least one --instance-key or a --keys-file");
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new UsageError("--concurrency must be a positive integer");
  const bar = await progressBar(io, "{bar} {value}/{total} keys, {failed} failed");
  bar?.start(keys.length, 0, { failed: 0 });
  let results: BatchResult[];
  try {
    results = await client.getTaskInstances(
      {
        ProjectId: flags.projectId,
        InstanceKeys: keys,
        ...(flags.timeZone ? { ScheduleTimeZone: flags.timeZone } : {}),
      },
      { concurrency, onProgress: ({ done, failed }) => bar?.update(done, { failed }) },
    );
  } finally {
    bar?.stop();
  }
  const plain = results.map((r) =>
    r.ok
      ? { instanceKey: r.instanceKey, ok: true, data: r.data, requestId: r.requestId }
      : { instanceKey: r.instanceKey, ok: false, error: { name: r.error.name, ...r.error.toJSON() } },
  );
  if (output === "json") writeJson(io, plain);
  else if (output === "jsonl") for (const line of plain) io.stdout.write(`${stringifyExactJson(line)}\n`);
  else io.stdout.write(renderBatch(results, colorsFor(io.stdout, io.env)));
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    io.stderr.write(`${failed.length} of ${results.length} keys failed\n`);
    // Input problems in every key are a usage error; anything else is the service's.
    return failed.every((r) => !r.ok && r.error instanceof RequestValidationError)
      ? ExitCode.usage
      : ExitCode.serviceError;
  }
  return ExitCode.ok;
}
