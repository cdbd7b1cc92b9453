// What the CLI's suites share: the built command run as a user runs it, and a TC3-verifying test server.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { verifyTc3 } from "@wedata-openapi/tc3-fetch";
import { type Handler, startTestServer, verifyReceived } from "@wedata-openapi/testkit";
import { afterAll, beforeAll } from "vitest";

export const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
export const KEY = { secretId: "AKIDclitest", secretKey: "cli-secret-key" };
export const CREDS = { TENCENTCLOUD_SECRET_ID: KEY.secretId, TENCENTCLOUD_SECRET_KEY: KEY.secretKey };
/** A home of its own, so no user's credentials file is read. */
export const home = mkdtempSync(join(tmpdir(), "wedata-cli-home-"));

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a separate process, no TTY, a clean environment. */
export function wedata(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { env: { PATH: process.env.PATH ?? "", HOME: home, NO_COLOR: "1", ...env }, timeout: 20_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A server on 127.0.0.1 that verifies each request's TC3 signature for KEY, then answers with `handler`. */
export function startSigningServer(handler: () => Handler) {
  return startTestServer(async (request, index) => {
    const failure = await verifyReceived(verifyTc3, request, { keys: [KEY] });
    return failure ? { json: failure } : handler()(request, index);
  });
}

/**
 * For a file whose tests run the CLI in process (`run()`): the credential chain reads the process's own
 * environment, so CREDS go there for the file's tests and what was there is put back after.
 */
export function useCredentialsInProcess(): void {
  const saved = { id: process.env.TENCENTCLOUD_SECRET_ID, key: process.env.TENCENTCLOUD_SECRET_KEY };
  beforeAll(() => {
    Object.assign(process.env, CREDS);
  });
  afterAll(() => {
    for (const [name, value] of [
      ["TENCENTCLOUD_SECRET_ID", saved.id],
      ["TENCENTCLOUD_SECRET_KEY", saved.key],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });
}

/**
 * Runs the CLI in process (`run()`, loaded when first used); with `tty`, stdin is a terminal, and `answer` is
 * typed once the question (`[y/N]`) is asked.
 */
export async function wedataInProcess(
  args: string[],
  { tty = false, answer }: { tty?: boolean; answer?: string } = {},
): Promise<Result> {
  const { run } = await import("../src/program.js");
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    Object.assign(new PassThrough(), { isTTY: false }).on("data", (d: Buffer) => into.push(String(d)));
  const pending = run(args, {
    stdin,
    stdout: sink(out),
    stderr: sink(err),
    env: { NO_COLOR: "1", ...CREDS },
  });
  if (answer !== undefined) {
    for (let i = 0; i < 200 && !err.join("").includes("[y/N]"); i++)
      await new Promise((r) => setTimeout(r, 10));
    stdin.write(`${answer}\n`);
  }
  return { code: await pending, stdout: out.join(""), stderr: err.join("") };
}
