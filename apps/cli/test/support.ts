// What the CLI's suites share: the built command run as a user runs it, and a TC3-verifying test server.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { verifyTc3 } from "@wedata-openapi/tc3-fetch";
import { type Handler, startTestServer, verifyReceived } from "@wedata-openapi/testkit";

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
