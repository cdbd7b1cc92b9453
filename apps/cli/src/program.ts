import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { type Catalog, closest, loadCatalog, loadMembers, prefersChinese, summaryFor } from "./catalog.js";
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
import { EXIT_CODES_HELP, ExitCode, UsageError } from "./exit-codes.js";
import { addMemberOptions, memberFlag, requestFrom } from "./members.js";
import { kebabCase } from "./naming.js";
import { addServerCommands } from "./server-commands.js";
import { printableClient } from "./terminal-text.js";
import { DEFAULT_VERSION, versions } from "./versions.js";
import { configureList, runList } from "./views/list.js";
import { withWaitingNotice } from "./waiting.js";
import { addWriteOptions, beforeWrite, describeWrite, dryRunRequest } from "./write-safety.js";

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

/**
 * `wedata --version`: the CLI's version, which says so when it is a build from source (packages are versioned
 * at release, by changesets), the API versions it speaks, and the runtime: what a bug report needs.
 */
function versionText(apiVersions: readonly string[]): string {
  const version = packageVersion();
  const build = version === "0.0.0" ? " (a build from source, not a release)" : "";
  return [
    `wedata ${version}${build}`,
    `API versions: ${apiVersions.map((v) => (v === DEFAULT_VERSION ? `${v} (default)` : v)).join(", ")}`,
    `Node ${process.version} on ${process.platform}-${process.arch}`,
  ].join("\n");
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
      "--request-timeout <duration>",
      "give up on an attempt after this long, e.g. 10s (default 60s; WEDATA_REQUEST_TIMEOUT); 3 attempts at most",
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
    .version(versionText(Object.keys(versions)), "-v, --version")
    .option(
      "--api-version <version>",
      `API version: ${Object.keys(versions).join(", ")} (default ${DEFAULT_VERSION}, or WEDATA_API_VERSION)`,
    )
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  // One subcommand per action of the chosen version, its flags the request's members; a curated view adds
  // flags and its own output on top. Only the command being run reads its members and gets its flags: the rest
  // need only a name, and start-up stays quick however many actions the version has. The overview shows the
  // curated commands and the groups; `wedata actions [filter]` lists and searches every action.
  const catalog = loadCatalog(version.id);
  const actionOf = new Map(Object.keys(catalog).map((action) => [kebabCase(action), action]));
  const extras = (version.commands ?? []).map((c) => c.name);
  const names = new Set([...actionOf.keys(), ...extras, "actions", "mock", "mcp", "help"]);
  const invoked = args.find((arg) => names.has(arg));
  const unknown = invoked === undefined ? firstCommandWord(args) : undefined;
  if (unknown !== undefined) return unknownCommand(unknown, apiVersion, catalog, io, extras);
  for (const [name, action] of actionOf) {
    const entry = catalog[action] as Catalog[string];
    // Only the overview's commands and the one being run are built: hundreds of commander objects would cost
    // every start what one command needs.
    const curated = Boolean(version.views[action] || entry.curated);
    if (!curated && name !== invoked) continue;
    const command = program.command(name, { hidden: !curated }).description(summaryFor(entry, io.env));
    if (name !== invoked) continue;
    const meta = loadMembers(version.id, action);
    commonOptions(command);
    const view = version.views[action];
    const replaced = view?.configure(command) ?? [];
    const chinese = prefersChinese(io.env);
    addMemberOptions(command, meta.members, replaced, view?.fills, chinese);
    const write = !view && entry.write === true;
    const paged = !view && meta.paging ? meta.paging : undefined;
    if (paged) configureList(command);
    if (!view) {
      if (!paged)
        command.addOption(
          new Option("--output <format>", "json (the whole Response content)").choices(["json"]),
        );
      if (write) {
        addWriteOptions(command);
        command.addHelpText(
          "after",
          "\nA write: on a terminal it says what it will do and asks first (--yes skips the question); without a\n" +
            "terminal it is sent as given. --dry-run prints the request and sends nothing.\n",
        );
      }
      command.addHelpText("after", `\n${(chinese && meta.zh?.description) || meta.description}\n`);
    }
    command.action(async (flags: CommonFlags & Record<string, unknown>) => {
      for (const member of meta.members) {
        flagOfField.set(member.name, memberFlag(member));
        exampleOfField.set(member.name, member.example);
      }
      const params = requestFrom(flags, meta.members);
      const options = await clientOptions(flags, io);
      const client = await version.createClient(options);
      const endpoint = flags.mock
        ? "the mock"
        : ((client as { endpoint?: string }).endpoint ?? "the service");
      code = await withWaitingNotice(
        io,
        `${action} from ${endpoint}`,
        options.timeoutMs ?? 60_000,
        async (io) => {
          if (view) {
            // A view prints the reply as text unless asked for JSON: then its strings must not drive the terminal.
            // (Views default to text on a terminal and to JSON otherwise.)
            const text = flags.output ? !["json", "jsonl"].includes(flags.output) : Boolean(io.stdout.isTTY);
            const viewClient = text ? printableClient(client) : client;
            return view.run({ client: viewClient, params, flags, io, members: meta.members });
          }
          if (write) {
            const decision = await beforeWrite(`${describeWrite(action, params)}?`, flags, io, async () => {
              await client.validate(action, params as never);
              return dryRunRequest(
                client as { endpoint: string; region: string },
                action,
                apiVersion,
                params,
              );
            });
            if (decision === "dry-run") return ExitCode.ok;
            if (decision === "declined") return ExitCode.usage;
          }
          if (paged) {
            const paginate = await version.paginate();
            return runList({ client, paginate, action, params, rule: paged, flags, io });
          }
          writeJson(io, await client.call(action, params as never));
          return ExitCode.ok;
        },
      );
    });
  }
  program
    .command("actions [filter]")
    .description("list every action of this API version by group, or those whose name or summary match")
    .option("--output <format>", "text or json", "text")
    .action((filter: string | undefined, flags: { output?: string }) => {
      code = listActions(catalog, filter, flags.output === "json", io);
    });
  addServerCommands(program, commonOptions, {
    io,
    apiVersion,
    serverVersion: packageVersion,
    done: (exitCode) => {
      code = exitCode;
    },
  });
  program.addHelpText("after", () => `${groupsHelp(catalog, apiVersion)}\n${EXIT_CODES_HELP}\n`);

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

/** The first word of the command line that is not an option or an option's value (a command, if any). */
function firstCommandWord(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") return undefined;
    if (arg.startsWith("-")) {
      // Options of the program itself that take a value.
      if (arg === "--api-version") i++;
      continue;
    }
    return arg;
  }
  return undefined;
}

/** An unknown command: where it exists (another API version) or the closest ones, and exit 2. */
function unknownCommand(
  typed: string,
  apiVersion: string,
  catalog: Catalog,
  io: Io,
  extras: string[],
): number {
  const elsewhere = Object.entries(versions)
    .filter(([name]) => name !== apiVersion)
    .filter(([, v]) => Object.keys(loadCatalog(v.id)).some((action) => kebabCase(action) === typed))
    .map(([name]) => name);
  if (elsewhere.length) {
    io.stderr.write(
      `error: ${typed} is a command of API version ${elsewhere.join(", ")}, not ${apiVersion}: ` +
        `run \`wedata --api-version ${elsewhere[0]} ${typed} ...\` (or set WEDATA_API_VERSION=${elsewhere[0]})\n`,
    );
    return ExitCode.usage;
  }
  const candidates = closest(typed, [...Object.keys(catalog).map(kebabCase), ...extras, "actions"]);
  io.stderr.write(
    `error: unknown command '${typed}'${candidates.length ? `\n(Did you mean ${candidates.join(", ")}?)` : ""}\n` +
      "(run `wedata actions <filter>` to search every action, or `wedata --help`)\n",
  );
  return ExitCode.usage;
}

/** The overview's closing part: how many actions each group has. */
// Plain comparisons, not localeCompare: its first use loads ICU's collation, a cost every start would pay.
function groupsHelp(catalog: Catalog, apiVersion: string): string {
  const counts = new Map<string, number>();
  for (const entry of Object.values(catalog)) counts.set(entry.group, (counts.get(entry.group) ?? 0) + 1);
  const groups = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const line: string[] = [];
  const lines: string[] = [];
  for (const [group, count] of groups) {
    line.push(`${group} (${count})`);
    if (line.join(", ").length > 90) lines.push(`  ${line.splice(0).join(", ")}`);
  }
  if (line.length) lines.push(`  ${line.join(", ")}`);
  return (
    `\nEvery action of API ${apiVersion} is a command (${Object.keys(catalog).length} in all), by group:\n` +
    `${lines.join("\n")}\n` +
    "List or search them with `wedata actions [filter]` (e.g. `wedata actions workflow`); each has --help.\n"
  );
}

/** `wedata actions [filter]`: every action (or the matching ones) as command, summary; grouped. */
function listActions(catalog: Catalog, filter: string | undefined, json: boolean, io: Io): number {
  const needle = filter?.toLowerCase();
  const matches = Object.entries(catalog).filter(
    ([action, entry]) =>
      needle === undefined ||
      action.toLowerCase().includes(needle.replaceAll("-", "")) ||
      kebabCase(action).includes(needle) ||
      entry.summary.toLowerCase().includes(needle) ||
      (entry.zh ?? "").includes(needle) ||
      entry.group.toLowerCase() === needle,
  );
  if (json) {
    writeJson(
      io,
      matches.map(([action, entry]) => ({ command: kebabCase(action), action, ...entry })),
    );
    return ExitCode.ok;
  }
  if (!matches.length) {
    io.stderr.write(`no action matches "${filter}"\n`);
    return ExitCode.usage;
  }
  const byGroup = new Map<string, Array<[string, Catalog[string]]>>();
  for (const match of matches) byGroup.set(match[1].group, [...(byGroup.get(match[1].group) ?? []), match]);
  const width = Math.max(...matches.map(([action]) => kebabCase(action).length));
  for (const [group, list] of [...byGroup].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    io.stdout.write(`${group}\n`);
    for (const [action, entry] of list) {
      const marks = [entry.write ? "write" : "", entry.deprecated ? "deprecated" : ""].filter(Boolean);
      io.stdout.write(
        `  ${kebabCase(action).padEnd(width)}  ${summaryFor(entry, io.env)}${marks.length ? ` [${marks.join(", ")}]` : ""}\n`,
      );
    }
  }
  return ExitCode.ok;
}
