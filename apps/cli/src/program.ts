import { readFileSync } from "node:fs";
import {
  type BatchResult,
  CredentialsError,
  createWedataClient,
  type GetTaskInstanceRequest,
  type GetTaskInstanceResponse,
  instanceState,
  RequestValidationError,
  TencentCloudError,
  type WedataClient,
  type WedataClientOptions,
} from "@wedata-openapi/client";
import { fromProfile } from "@wedata-openapi/tc3-fetch/node";
import { SingleBar } from "cli-progress";
import { Command, CommanderError, Option } from "commander";
import pc from "picocolors";
import { ExitCode, parseDuration, UsageError } from "./exit-codes.js";
import { MOCK_CREDENTIALS, startMock } from "./mock.js";
import { renderBatch, renderInstance, stateLabel } from "./render.js";

/** This package's version, from the nearest package.json above this module (dist/ or dist/chunks/). */
function packageVersion(): string {
  for (let dir = new URL(".", import.meta.url); dir.pathname !== "/"; dir = new URL("..", dir)) {
    try {
      const manifest = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === "@wedata-openapi/cli" && manifest.version) return manifest.version;
    } catch {}
  }
  return "unknown";
}
const version = packageVersion();

/** Where output goes; tests and embedders pass their own. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

interface CommonFlags {
  projectId: string;
  timeZone?: string;
  region?: string;
  endpoint?: string;
  language?: "zh-CN" | "en-US";
  profile?: string;
  output?: string;
  mock?: boolean;
}

const FLAG_OF_FIELD: Record<string, string> = {
  ProjectId: "--project-id",
  InstanceKey: "--instance-key",
  ScheduleTimeZone: "--time-zone",
  InstanceKeys: "--instance-key",
};

const EXAMPLE_KEY = '"20250326150742906_2025-03-28 00:00:00"';

function colorsFor(stream: Io["stdout"], env: Io["env"]) {
  const enabled = Boolean(stream.isTTY) && !("NO_COLOR" in env) && env.TERM !== "dumb";
  return pc.createColors(enabled || "FORCE_COLOR" in env);
}

function makeClient(flags: CommonFlags, io: Io): WedataClient {
  const options: WedataClientOptions = {};
  if (flags.endpoint) options.endpoint = flags.endpoint;
  if (flags.language) options.language = flags.language;
  if (flags.mock) {
    options.credentials = MOCK_CREDENTIALS;
    options.region = flags.region ?? "ap-guangzhou";
    if (flags.endpoint)
      throw new UsageError("--mock answers in-process; it cannot be combined with --endpoint");
  } else {
    const region = flags.region ?? io.env.TENCENTCLOUD_REGION;
    if (!region)
      throw new UsageError("--region is required (or set TENCENTCLOUD_REGION), e.g. --region ap-guangzhou");
    options.region = region;
    if (flags.profile) options.credentials = fromProfile({ profile: flags.profile });
  }
  return createWedataClient(options);
}

function request(flags: CommonFlags, instanceKey: string): GetTaskInstanceRequest {
  const params: GetTaskInstanceRequest = { ProjectId: flags.projectId, InstanceKey: instanceKey };
  if (flags.timeZone !== undefined) params.ScheduleTimeZone = flags.timeZone;
  return params;
}

function writeJson(io: Io, value: unknown) {
  io.stdout.write(`${io.stdout.isTTY ? JSON.stringify(value, null, 2) : JSON.stringify(value)}\n`);
}

/** Prints an error the way a script and a person can both use, and returns the exit code. */
function report(error: unknown, io: Io): number {
  const c = colorsFor(io.stderr, io.env);
  if (error instanceof UsageError) {
    io.stderr.write(`${c.red("error:")} ${error.message}\n`);
    return ExitCode.usage;
  }
  if (error instanceof RequestValidationError) {
    const flag = FLAG_OF_FIELD[error.field] ?? error.field;
    const rule = error.message
      .replace(/^[A-Za-z]+: /, "")
      .replace(error.field, "")
      .trim();
    io.stderr.write(`${c.red("error:")} ${flag} ${rule} (rule: ${error.rule})\n`);
    return ExitCode.usage;
  }
  if (error instanceof CredentialsError) {
    io.stderr.write(
      `${c.red("error:")} no usable Tencent Cloud credentials.\n${error.message}\n\n` +
        "Provide them in one of these ways:\n" +
        "  export TENCENTCLOUD_SECRET_ID=AKID... TENCENTCLOUD_SECRET_KEY=...   (and TENCENTCLOUD_SESSION_TOKEN for temporary keys)\n" +
        "  ~/.tencentcloud/credentials with [default] secret_id = ... and secret_key = ...   (choose another with --profile)\n" +
        "  or try the command without an account: add --mock\n",
    );
    return ExitCode.usage;
  }
  if (error instanceof TencentCloudError) {
    const e = error as TencentCloudError & { code?: string; status?: number };
    const what = e.code ?? (e.status ? `HTTP ${e.status}` : e.name);
    io.stderr.write(`${c.red("error:")} ${what}: ${e.message}\n`);
    if (e.requestId) io.stderr.write(`RequestId: ${e.requestId}\n`);
    if (e.attempts > 1) io.stderr.write(c.dim(`(after ${e.attempts} attempts)\n`));
    return ExitCode.serviceError;
  }
  if (error instanceof TypeError && /createWedataClient/.test(error.message)) {
    io.stderr.write(`${c.red("error:")} ${error.message.replace("createWedataClient: ", "")}\n`);
    return ExitCode.usage;
  }
  throw error;
}

function sleep(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function getTaskInstance(
  flags: CommonFlags & { instanceKey: string; watch?: boolean; interval: string; timeout: string },
  io: Io,
) {
  const output = flags.output ?? (io.stdout.isTTY ? "text" : "json");
  if (!["text", "json"].includes(output))
    throw new UsageError(`--output must be text or json (got "${output}")`);
  const interval = parseDuration(flags.interval, "--interval");
  const timeout = parseDuration(flags.timeout, "--timeout");
  const client = makeClient(flags, io);
  const params = request(flags, flags.instanceKey);
  const show = (response: GetTaskInstanceResponse) => {
    if (output === "json") return writeJson(io, response);
    if (!response.Data) {
      io.stdout.write(
        `No instance data for ${flags.instanceKey} (Data: null)\nRequestId ${response.RequestId}\n`,
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

  const deadline = AbortSignal.timeout(timeout);
  const c = colorsFor(io.stderr, io.env);
  let lastState: string | undefined;
  const timedOut = (name: string) => {
    io.stderr.write(`${c.red("error:")} --watch timed out after ${flags.timeout}; the instance is ${name}\n`);
    return ExitCode.watchTimeout;
  };
  for (;;) {
    let response: GetTaskInstanceResponse;
    try {
      response = await client.getTaskInstanceResponse(params, { signal: deadline });
    } catch (error) {
      if (deadline.aborted) return timedOut("still not in a terminal state");
      throw error;
    }
    const state = instanceState(response.Data?.InstanceState);
    const label = response.Data ? stateLabel(response.Data.InstanceState, c) : c.gray("not found yet");
    if (label !== lastState) io.stderr.write(`${new Date().toISOString().slice(11, 19)}  ${label}\n`);
    lastState = label;
    if (response.Data && state.terminal) {
      show(response);
      return state.group === "failed" ? ExitCode.watchFailed : ExitCode.ok;
    }
    await sleep(interval, deadline);
    if (deadline.aborted) return timedOut(state.name);
  }
}

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

async function getTaskInstances(
  flags: CommonFlags & { instanceKey?: string[]; keysFile?: string; concurrency: string },
  io: Io,
) {
  const output = flags.output ?? (io.stdout.isTTY ? "text" : "json");
  if (!["text", "json", "jsonl"].includes(output))
    throw new UsageError(`--output must be text, json or jsonl (got "${output}")`);
  const keys = [...(flags.instanceKey ?? []), ...(flags.keysFile ? readKeys(flags.keysFile) : [])];
  if (keys.length === 0) throw new UsageError("give at least one --instance-key or a --keys-file");
  const concurrency = Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new UsageError("--concurrency must be a positive integer");
  const client = makeClient(flags, io);
  const bar = io.stderr.isTTY
    ? new SingleBar({
        stream: io.stderr as NodeJS.WriteStream,
        format: "{bar} {value}/{total} keys, {failed} failed",
        hideCursor: true,
        clearOnComplete: true,
      })
    : undefined;
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
  else if (output === "jsonl") for (const line of plain) io.stdout.write(`${JSON.stringify(line)}\n`);
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

function commonOptions(command: Command): Command {
  return command
    .requiredOption("--project-id <id>", "project ID (digits)")
    .option("--time-zone <zone>", "ScheduleTimeZone of the times shown: UTC+8 (default), UTC-5, UTC+5:30")
    .option("--region <region>", "region, e.g. ap-guangzhou (default: TENCENTCLOUD_REGION)")
    .option("--endpoint <url>", "API endpoint (default https://wedata.tencentcloudapi.com)")
    .addOption(new Option("--language <language>", "language of messages").choices(["zh-CN", "en-US"]))
    .option("--profile <name>", "profile in ~/.tencentcloud/credentials (default: the credential chain)")
    .option("--mock", "answer from the built-in mock (no network, no credentials)");
}

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function run(
  args: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let code: number = ExitCode.ok;
  const program = new Command("wedata")
    .description("Read Tencent Cloud WeData task instances (GetTaskInstance, API 2021-08-20).")
    .version(version, "-v, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  commonOptions(program.command("get-task-instance").description("show one task instance"))
    .requiredOption(
      "--instance-key <key>",
      'the instance: "<TaskId>_<yyyy-MM-dd HH:mm:ss>" (quote it: it has a space)',
    )
    .addOption(
      new Option("--output <format>", "text (default on a terminal) or json").choices(["text", "json"]),
    )
    .option("--watch", "poll until the instance reaches a terminal state; the exit code tells the outcome")
    .option("--interval <duration>", "with --watch: time between polls", "5s")
    .option("--timeout <duration>", "with --watch: give up after this long (exit code 3)", "30m")
    .addHelpText(
      "after",
      `\nExamples:\n  wedata get-task-instance --mock --project-id 1460947878944567296 --instance-key ${EXAMPLE_KEY} --time-zone UTC+6\n` +
        `  wedata get-task-instance --region ap-guangzhou --project-id 1460947878944567296 --instance-key ${EXAMPLE_KEY} --output json\n` +
        `  wedata get-task-instance --project-id 1460947878944567296 --instance-key ${EXAMPLE_KEY} --watch --interval 10s --timeout 2h\n\n` +
        "Exit codes: 0 success (with --watch: succeeded), 1 service/network error, 2 usage or validation error,\n" +
        "            3 --watch timed out, 4 --watch ended in a failed state.\n",
    )
    .action(async (flags) => {
      code = await getTaskInstance(flags, io);
    });

  commonOptions(program.command("get-task-instances").description("look up many instances of one project"))
    .option("--instance-key <key...>", "instance keys (repeat the flag or list several)")
    .option("--keys-file <file>", "a file with one instance key per line (- for stdin; # starts a comment)")
    .addOption(
      new Option("--output <format>", "text (default on a terminal), json or jsonl").choices([
        "text",
        "json",
        "jsonl",
      ]),
    )
    .option("--concurrency <n>", "calls in flight at once (the 20/s rate limit still applies)", "8")
    .addHelpText(
      "after",
      `\nExamples:\n  wedata get-task-instances --mock --project-id 1460947878944567296 --instance-key ${EXAMPLE_KEY} "20250326150742906_2025-03-29 00:00:00"\n` +
        "  wedata get-task-instances --project-id 1460947878944567296 --keys-file keys.txt --output jsonl\n",
    )
    .action(async (flags) => {
      code = await getTaskInstances(flags, io);
    });

  let mock: { close(): void } | undefined;
  try {
    if (args.includes("--mock")) mock = startMock();
    await program.parseAsync(args, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ||
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version"
        ? ExitCode.ok
        : ExitCode.usage;
    }
    return report(error, io);
  } finally {
    mock?.close();
  }
}
