// The commands that serve rather than call: `wedata mock serve` (the mocks over HTTP, for any language) and
// `wedata mcp` (a Model Context Protocol server). Only their flags are declared here; what they run loads when
// they run, so every other command starts without msw's server or the MCP SDK.
import type { Command } from "commander";
import type { Io } from "./context.js";

export interface ServerCommandsContext {
  io: Io;
  apiVersion: string;
  serverVersion: () => string;
  /** Receives the command's exit code. */
  done: (code: number) => void;
}

type Flags = Record<string, string | boolean | undefined>;

export function addServerCommands(
  program: Command,
  commonOptions: (command: Command) => Command,
  { io, apiVersion, serverVersion, done }: ServerCommandsContext,
): void {
  program
    .command("mock")
    .description("the mocks of both API versions over HTTP, for any language: `wedata mock serve`")
    .command("serve")
    .description(
      "serve both API versions' stateful mocks on 127.0.0.1 (signatures checked with TENCENTCLOUD_SECRET_ID/KEY)",
    )
    .option("--port <n>", "the port (0: a free one; the address is printed)", "0")
    .option("--host <address>", "the address to listen on", "127.0.0.1")
    .option("--state <file>", "keep the mocks' state in this file across restarts")
    .option("--seed <n>", "seed the ids that creates answer (default 1: the same ids run after run)")
    .option("--no-rate-limit", "answer every request: no per-action rate limit (for load tests)")
    .option("--tls", "serve HTTPS with a certificate for 127.0.0.1 and localhost (its PEM path is printed)")
    .option("--tls-cert <file>", "serve HTTPS with this certificate (PEM)")
    .option("--tls-key <file>", "the key of --tls-cert (PEM)")
    .option("--secret-id <id>", "the key to verify signatures with (default TENCENTCLOUD_SECRET_ID)")
    .option("--secret-key <key>", "its secret (default TENCENTCLOUD_SECRET_KEY)")
    .action(async (flags: Flags) => {
      done(await (await import("./mock-serve.js")).serveMocks(flags, io));
    });
  commonOptions(
    program
      .command("mcp")
      .description(
        "a Model Context Protocol server over every action, for AI assistants (stdio; --http for HTTP)",
      ),
  )
    .option("--http", "serve Streamable HTTP on 127.0.0.1 (prints the URL to use; it carries a secret)")
    .option("--port <n>", "with --http: the port (default: a free one)")
    .option("--allow-writes", "allow actions that change state, each confirmed by the person")
    .action(async (flags: Flags) => {
      const { runMcp } = await import("./mcp/command.js");
      done(await runMcp(flags, io, apiVersion, serverVersion()));
    });
}
