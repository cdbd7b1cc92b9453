import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import {
  type CommonFlags,
  clientOptions,
  closers,
  exampleOfField,
  flagOfField,
  type Io,
  report,
  writeJson,
} from "./context.js";
import { ExitCode, UsageError } from "./exit-codes.js";
import { addMemberOptions, memberFlag, requestFrom } from "./members.js";
import { kebabCase } from "./naming.js";
import { DEFAULT_VERSION, versions } from "./versions.js";

export type { Io } from "./context.js";

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

function commonOptions(command: Command): Command {
  return command
    .option("--region <region>", "region, e.g. ap-guangzhou (default: TENCENTCLOUD_REGION)")
    .option("--endpoint <url>", "API endpoint (default https://wedata.tencentcloudapi.com)")
    .addOption(new Option("--language <language>", "language of messages").choices(["zh-CN", "en-US"]))
    .option("--profile <name>", "profile in ~/.tencentcloud/credentials (default: the credential chain)")
    .option("--mock", "answer from the built-in mock (no network, no credentials)")
    .option(
      "--rate-limit-redis <url>",
      "share the rate limit with other processes through Redis (default: WEDATA_RATE_LIMIT_REDIS_URL)",
    )
    .option(
      "--proxy <url>",
      "HTTP(S) proxy, e.g. http://user:pass@proxy:3128, or none (default: HTTPS_PROXY, NO_PROXY...)",
    );
}

/** The API version asked for: `--api-version V` anywhere on the line, else WEDATA_API_VERSION, else the default. */
function chosenVersion(args: readonly string[], env: Io["env"]): string {
  const index = args.findIndex((a) => a === "--api-version" || a.startsWith("--api-version="));
  const flag =
    index < 0 ? undefined : args[index]?.includes("=") ? args[index]?.split("=")[1] : args[index + 1];
  return flag ?? env.WEDATA_API_VERSION ?? DEFAULT_VERSION;
}

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function run(
  args: string[],
  io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  let code: number = ExitCode.ok;
  const apiVersion = chosenVersion(args, io.env);
  const version = versions[apiVersion];
  if (!version) {
    io.stderr.write(
      `error: --api-version must be one of ${Object.keys(versions).join(", ")} (got "${apiVersion}")\n`,
    );
    return ExitCode.usage;
  }
  const program = new Command("wedata")
    .description(
      `Tencent Cloud WeData from the terminal: every action of API ${apiVersion}, and views for people.`,
    )
    .version(packageVersion(), "-v, --version")
    .option(
      "--api-version <version>",
      `API version: ${Object.keys(versions).join(", ")} (default ${DEFAULT_VERSION}, or WEDATA_API_VERSION)`,
    )
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  // One subcommand per action of the chosen version, its flags the request's members; a curated view adds
  // flags and its own output on top. Only the command being run gets its flags built: the rest need only a
  // name and a line in the overview, and start-up stays quick however many actions the spec has.
  const names = new Set([
    ...Object.keys(version.parameters).map(kebabCase),
    ...(version.commands ?? []).map((c) => c.name),
  ]);
  const invoked = args.find((arg) => names.has(arg));
  for (const [action, meta] of Object.entries(version.parameters)) {
    const name = kebabCase(action);
    const command = program.command(name).description(meta.summary);
    if (name !== invoked) continue;
    commonOptions(command);
    const view = version.views[action];
    const replaced = view?.configure(command) ?? [];
    addMemberOptions(command, meta.members, replaced);
    if (!view) {
      command.addOption(
        new Option("--output <format>", "json (the whole Response content)").choices(["json"]),
      );
      command.addHelpText("after", `\n${meta.description}\n`);
    }
    command.action(async (flags: CommonFlags & Record<string, unknown>) => {
      for (const member of meta.members) {
        flagOfField.set(member.name, memberFlag(member));
        exampleOfField.set(member.name, member.example);
      }
      const params = requestFrom(flags, meta.members);
      const client = await version.createClient(await clientOptions(flags, io));
      if (view) {
        code = await view.run({ client, params, flags, io, members: meta.members });
        return;
      }
      writeJson(io, await client.call(action, params as never));
      code = ExitCode.ok;
    });
  }

  for (const extra of version.commands ?? []) {
    extra
      .configure(commonOptions(program.command(extra.name).description(extra.description)))
      .action(async (flags) => {
        code = await extra.run(await version.createClient(await clientOptions(flags, io)), flags, io);
      });
  }

  let mock: { close(): void } | undefined;
  try {
    // msw loads only when asked for: a plain call should not pay for it at start-up.
    if (args.includes("--mock"))
      mock = (await import("./mock.js")).startMock(apiVersion, { live: args.includes("console") });
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
    return await report(error, io);
  } finally {
    mock?.close();
    for (const close of closers.splice(0)) await close();
  }
}

export { UsageError };
