import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ActionInfo } from "@wedata-openapi/schema";
import type { Command } from "commander";
import type { CommonFlags, Io } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import type { ActionCaller, ExtraCommand } from "../versions.js";

/** The built page, found from this module whether it runs from dist/ or dist/chunks/. */
function assetsDir(): string {
  for (let dir = new URL(".", import.meta.url); dir.pathname !== "/"; dir = new URL("..", dir)) {
    const candidate = new URL("console/", dir);
    if (existsSync(new URL("index.html", candidate))) return fileURLToPath(candidate);
  }
  throw new Error("the console's page was not built (run the CLI's build)");
}

/** Opens the system's browser; a machine without one just has the printed address. */
function openBrowser(url: string) {
  const command =
    process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  try {
    spawn(command, [url], { stdio: "ignore", detached: true })
      .on("error", () => {})
      .unref();
  } catch {}
}

/** `wedata console`: a local page over the chosen API version, signed by this process. */
export function consoleCommand(
  apiVersion: string,
  loadActions: () => Promise<Readonly<Record<string, ActionInfo>>>,
): ExtraCommand<ActionCaller> {
  return {
    name: "console",
    description:
      "a local web page for looking at instances (signs on your behalf; keys never reach the browser)",
    configure(command: Command) {
      return command
        .option("--port <n>", "port on 127.0.0.1 (0: any free one)", "0")
        .option("--no-open", "print the address but do not open a browser")
        .addHelpText(
          "after",
          "\nThe address printed carries a session token: API calls without it, or from another origin, are refused.\n" +
            "Example:\n  wedata console --mock\n",
        );
    },
    async run(client, flags: CommonFlags & { port: string; open: boolean }, io: Io) {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new UsageError("--port must be a port number (0 for any)");
      const { startConsole } = await import("./server.js");
      const running = await startConsole({
        backend: { call: (action, params) => client.call(action, params as never) },
        actions: await loadActions(),
        apiVersion,
        assets: assetsDir(),
        port,
        label: flags.mock ? "mock" : (flags.region ?? io.env.TENCENTCLOUD_REGION ?? ""),
      });
      io.stdout.write(`wedata console (API ${apiVersion}${flags.mock ? ", mock" : ""}): ${running.url}\n`);
      io.stderr.write("Ctrl-C to stop.\n");
      if (flags.open) openBrowser(running.url);
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await running.close();
      return ExitCode.ok;
    },
  };
}
