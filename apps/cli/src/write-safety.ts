// What every write command does before it sends (the curated views and each generated write alike): on a
// terminal it says what it will do and asks, `--yes` skips the question, `--dry-run` prints the request
// (validated, signature redacted) and sends nothing. Without a terminal a write is sent as asked: scripts and
// CI pipelines have no one to ask, and say what they mean by running the command.
import type { Command } from "commander";
import type { Io } from "./context.js";
import { writeJson } from "./context.js";
import { printableLine } from "./terminal-text.js";

/** Asks on a terminal; anything but y/yes declines. */
export async function confirm(
  question: string,
  io: { stdin: NodeJS.ReadableStream; stderr: NodeJS.WritableStream },
): Promise<boolean> {
  // Loaded when a question is asked: every other command starts without readline.
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

/** The write options every write command has. */
export function addWriteOptions(command: Command): Command {
  return command
    .option("--yes", "do not ask for confirmation on a terminal")
    .option("--dry-run", "print the request that would be sent (validated; nothing is signed or sent)");
}

/** The request a write would send, for --dry-run: what travels, the signature never made. */
export function dryRunRequest(
  client: { endpoint: string; region: string },
  action: string,
  version: string,
  params: unknown,
): Record<string, unknown> {
  return {
    method: "POST",
    url: `${client.endpoint}/`,
    headers: {
      "content-type": "application/json",
      "x-tc-action": action,
      "x-tc-version": version,
      "x-tc-region": client.region,
      authorization: "TC3-HMAC-SHA256 [signed when sent; REDACTED]",
    },
    body: params,
  };
}

/** Members that name what a write acts on: the project and every id, key or name it was given. */
const NAMING = /(?:Id|Ids|IdList|Key|Keys|KeyList|Name|Names|NameList)$/;

/** "DeleteWorkflow in project 1460947878944567296: WorkflowId abc" (at most a few of each list). */
export function describeWrite(action: string, params: Record<string, unknown>): string {
  const show = (value: unknown) => {
    const list = Array.isArray(value) ? value : [value];
    const shown = list.slice(0, 3).map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v)));
    return list.length > 3 ? `${shown.join(", ")} and ${list.length - 3} more` : shown.join(", ");
  };
  const project = params.ProjectId === undefined ? "" : ` in project ${show(params.ProjectId)}`;
  const named = Object.entries(params)
    .filter(([name, value]) => name !== "ProjectId" && NAMING.test(name) && value !== undefined)
    .map(([name, value]) => `${name} ${show(value)}`);
  return printableLine(`${action}${project}${named.length ? `: ${named.join("; ")}` : ""}`);
}

/**
 * Runs the checks of a write before it is sent: resolves to false when nothing must be sent (a dry run was
 * printed, or the person declined: `declined` then says so).
 */
export async function beforeWrite(
  question: string,
  flags: Readonly<Record<string, unknown>>,
  io: Io,
  dryRun: () => Promise<Record<string, unknown>>,
): Promise<"send" | "dry-run" | "declined"> {
  if (flags.dryRun) {
    writeJson(io, await dryRun());
    return "dry-run";
  }
  if (io.stdin?.isTTY && !flags.yes && !(await confirm(question, { stdin: io.stdin, stderr: io.stderr }))) {
    io.stderr.write("declined; nothing was sent\n");
    return "declined";
  }
  return "send";
}
