import type * as ChildProcess from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

/**
 * Opens the system's browser on the address through a file only this user can read (as Jupyter does): a
 * command line is visible to every local user (`ps`, /proc/<pid>/cmdline), so the code goes in a file of a
 * private directory, and the opener is given that file's path. Returns a function that removes the file.
 * A machine without a browser just has the printed address.
 */
function openBrowser(url: string): () => void {
  const base =
    process.env.XDG_RUNTIME_DIR && existsSync(process.env.XDG_RUNTIME_DIR)
      ? process.env.XDG_RUNTIME_DIR
      : tmpdir();
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(base, "wedata-console-")); // mode 0700
    const file = join(dir, "open.html");
    const href = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    writeFileSync(
      file,
      `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>wedata console</title><p><a href="${href}">Open the wedata console</a></p>\n`,
      { mode: 0o600 },
    );
    const command =
      process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
    // Loaded when a browser is opened: every other command starts without child_process.
    const { spawn } = createRequire(import.meta.url)("node:child_process") as typeof ChildProcess;
    spawn(command, [file], { stdio: "ignore", detached: true })
      .on("error", () => {})
      .unref();
  } catch {}
  return () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

/** `wedata console`: a local page over the chosen API version, signed by this process. */
export function consoleCommand(
  apiVersion: string,
  loadActions: () => Promise<Readonly<Record<string, ActionInfo>>>,
  id: string,
  loadExamples: () => Promise<Readonly<Record<string, { request?: unknown }>>>,
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
          "\nThe address printed opens one page, once, within two minutes: the page exchanges its code for a session\n" +
            "token; API calls without it, or from another origin, are refused. Run the command again for a new address.\n" +
            "Example:\n  wedata console --mock\n",
        );
    },
    async run(client, flags: CommonFlags & { port: string; open: boolean }, io: Io) {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535)
        throw new UsageError("--port must be a port number (0 for any)");
      const { startConsole } = await import("./server.js");
      const { loadCatalog, loadMembers } = await import("../catalog.js");
      const actions = await loadActions();
      let index: Record<string, string> | undefined;
      const running = await startConsole({
        backend: { call: (action, params) => client.call(action, params as never) },
        actions,
        explorer: {
          catalog: () => loadCatalog(id),
          searchIndex() {
            index ??= Object.fromEntries(
              Object.keys(loadCatalog(id)).map((name) => {
                const doc = loadMembers(id, name);
                const text = [doc.description, doc.zh?.summary ?? "", doc.zh?.description ?? ""];
                return [name, [...text, ...doc.members.map((m) => m.description ?? "")].join(" ")];
              }),
            );
            return index;
          },
          // Members and prose from the schema package's JSON, the published request from its examples.
          async action(name) {
            const info = actions[name];
            const examples = await loadExamples();
            return {
              action: name,
              ...loadMembers(id, name),
              write: info ? !info.idempotent : false,
              example: examples[name]?.request ?? null,
            };
          },
        },
        apiVersion,
        assets: assetsDir(),
        port,
        label: flags.mock ? "mock" : (flags.region ?? io.env.TENCENTCLOUD_REGION ?? ""),
      });
      io.stdout.write(`wedata console (API ${apiVersion}${flags.mock ? ", mock" : ""}): ${running.url}\n`);
      io.stderr.write("Ctrl-C to stop.\n");
      const removeOpener = flags.open ? openBrowser(running.url) : () => {};
      // Once the code is spent (or expired) the opener's file holds nothing of use: it goes.
      void running.codeSettled.then(removeOpener);
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      removeOpener();
      await running.close();
      return ExitCode.ok;
    },
  };
}
