// What every command shares: where output goes, how a client is made from the common flags, how errors are
// reported (and which flag a request member came from, so a validation error names the flag typed).
// The client and the credential providers load only when a command runs or an error is reported: `--help`
// and usage errors should not pay for them.
import type { WedataClientOptions } from "@wedata-openapi/client";
import { stringifyExactJson } from "@wedata-openapi/tc3-fetch/exact-json";
import pc from "picocolors";
import { ExitCode, NotFoundError, parseDuration, UsageError } from "./exit-codes.js";
import { kebabCase } from "./naming.js";
import { printable, printableLine } from "./terminal-text.js";

/** Where output goes; tests and embedders pass their own. */
export interface Io {
  /** Where confirmations are read (a write asks only when this is a terminal). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export interface CommonFlags {
  region?: string;
  endpoint?: string;
  language?: "zh-CN" | "en-US";
  profile?: string;
  mock?: boolean;
  output?: string;
  proxy?: string;
  rateLimitRedis?: string;
  requestTimeout?: string;
}

/** A Tencent Cloud region's name: `ap-guangzhou`, `na-siliconvalley`, `ap-shanghai-fsi`. */
const REGION = /^[a-z]{2,}(?:-[a-z0-9]+)+$/;

/** What a command opened and must close before the process can end (a Redis connection...). */
export const closers: Array<() => Promise<void>> = [];

/** The key the in-process mock accepts; --mock signs with it so the whole signing path runs for real. */
export const MOCK_CREDENTIALS = {
  secretId: "AKIDwedataMockKey0000000000000000",
  secretKey: "wedata-mock-secret-key",
};

export function colorsFor(stream: Io["stdout"], env: Io["env"]) {
  const enabled = Boolean(stream.isTTY) && !("NO_COLOR" in env) && env.TERM !== "dumb";
  return pc.createColors(enabled || "FORCE_COLOR" in env);
}

/** JSON on stdout, every integer exact (a bigint a reply carried is written with all its digits). */
export function writeJson(io: Io, value: unknown) {
  io.stdout.write(`${stringifyExactJson(value, io.stdout.isTTY ? 2 : undefined)}\n`);
}

/** The client options the common flags ask for (region, endpoint, language, profile, mock). */
export async function clientOptions(flags: CommonFlags, io: Io): Promise<WedataClientOptions> {
  const options: WedataClientOptions = {};
  if (flags.endpoint) options.endpoint = flags.endpoint;
  if (flags.language) options.language = flags.language;
  if (flags.proxy !== undefined) options.proxy = flags.proxy === "none" ? false : flags.proxy;
  // Per attempt: a server that accepts and never answers costs this, times the attempts, not minutes.
  const requestTimeout = flags.requestTimeout ?? io.env.WEDATA_REQUEST_TIMEOUT;
  if (requestTimeout !== undefined) {
    const from = flags.requestTimeout === undefined ? "WEDATA_REQUEST_TIMEOUT" : "--request-timeout";
    options.timeoutMs = parseDuration(requestTimeout, from);
    if (options.timeoutMs <= 0) throw new UsageError(`${from} must be more than 0 (got "${requestTimeout}")`);
  }
  const redisUrl = flags.rateLimitRedis ?? io.env.WEDATA_RATE_LIMIT_REDIS_URL;
  if (redisUrl) {
    // One quota shared with every other process using the same Redis; loaded only when asked for.
    const { createRedisRateLimiter } = await import("@wedata-openapi/ratelimit-redis");
    const limiter = createRedisRateLimiter({ url: redisUrl });
    closers.push(() => limiter.close());
    options.rateLimit = limiter;
  }
  if (flags.mock) {
    if (flags.endpoint)
      throw new UsageError("--mock answers in-process; it cannot be combined with --endpoint");
    options.credentials = MOCK_CREDENTIALS;
    options.region = flags.region ?? "ap-guangzhou";
    return options;
  }
  const region = flags.region ?? io.env.TENCENTCLOUD_REGION;
  if (!region)
    throw new UsageError("--region is required (or set TENCENTCLOUD_REGION), e.g. --region ap-guangzhou");
  // Refused here, before anything is signed: a CR/LF in a header value would fail only as the request leaves.
  if (!REGION.test(region)) {
    const from = flags.region === undefined ? "TENCENTCLOUD_REGION" : "--region";
    throw new UsageError(`${from} must be a region such as ap-guangzhou (got ${JSON.stringify(region)})`);
  }
  options.region = region;
  if (flags.profile) {
    const { fromProfile } = await import("@wedata-openapi/tc3-fetch/node");
    options.credentials = fromProfile({ profile: flags.profile });
  }
  return options;
}

/** Which flag each request member was given with, for error messages (default: the kebab-cased member). */
export const flagOfField = new Map<string, string>();
/** An example value of each request member, from the spec: a broken pattern is easier to fix with one. */
export const exampleOfField = new Map<string, unknown>();

/** Prints an error the way a script and a person can both use, and returns the exit code. */
export async function report(error: unknown, io: Io): Promise<number> {
  const c = colorsFor(io.stderr, io.env);
  const { CredentialsError, RequestValidationError, TencentCloudError } = await import(
    "@wedata-openapi/client"
  );
  if (error instanceof UsageError) {
    io.stderr.write(`${c.red("error:")} ${error.message}\n`);
    return ExitCode.usage;
  }
  if (error instanceof NotFoundError) {
    io.stderr.write(`${c.red("error:")} ${error.message}\n`);
    return ExitCode.serviceError;
  }
  if (error instanceof RequestValidationError) {
    const member = error.field.split(".")[0] ?? error.field;
    const flag = member === "(body)" ? "the input" : (flagOfField.get(member) ?? `--${kebabCase(member)}`);
    const rule = error.message
      .replace(/^[A-Za-z]+: /, "")
      .replace(error.field, "")
      .trim();
    const example = error.rule === "pattern" ? exampleOfField.get(member) : undefined;
    const hint = typeof example === "string" ? `, e.g. "${example}"` : "";
    io.stderr.write(`${c.red("error:")} ${printable(`${flag} ${rule}${hint} (rule: ${error.rule})`)}\n`);
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
  if (error instanceof TencentCloudError && error.name === "ProxyError") {
    // Thrown only when the client is made, for the `proxy` option: the --proxy value is not a proxy URL.
    io.stderr.write(`${c.red("error:")} --proxy: ${printable(error.message)}\n`);
    return ExitCode.usage;
  }
  if (error instanceof TencentCloudError) {
    const e = error as InstanceType<typeof TencentCloudError> & {
      code?: string;
      status?: number;
      proxy?: string;
    };
    // Code, message, RequestId and TraceId come from the server: shown, never obeyed by the terminal.
    const what = e.code ?? (e.status ? `HTTP ${e.status}` : e.name);
    io.stderr.write(`${c.red("error:")} ${printableLine(what)}: ${printable(e.message)}\n`);
    if (e.requestId) io.stderr.write(`RequestId: ${printableLine(e.requestId)}\n`);
    if (e.traceId) io.stderr.write(`TraceId: ${printableLine(e.traceId)}\n`);
    if (e.attempts > 1) io.stderr.write(c.dim(`(after ${e.attempts} attempts)\n`));
    return ExitCode.serviceError;
  }
  if (error instanceof TypeError && /createWedataClient/.test(error.message)) {
    io.stderr.write(`${c.red("error:")} ${error.message.replace("createWedataClient: ", "")}\n`);
    return ExitCode.usage;
  }
  throw error;
}

/** A progress bar on stderr when it is a terminal (cli-progress loads only then); undefined otherwise. */
export async function progressBar(io: Io, format: string) {
  if (!io.stderr.isTTY) return undefined;
  const { SingleBar } = await import("cli-progress");
  return new SingleBar({
    stream: io.stderr as NodeJS.WriteStream,
    format,
    hideCursor: true,
    clearOnComplete: true,
  });
}
