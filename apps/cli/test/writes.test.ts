// Every write action of both versions (the spec's `x-tc-idempotent: false`), generated or curated, as a person
// meets it: on a terminal it names what it will do and asks (declined: nothing sent), `--yes` sends,
// `--dry-run` prints the request with the signature redacted and sends nothing. Requests are counted at a
// TC3-verifying server on 127.0.0.1; each action runs with its published example.
import { PassThrough } from "node:stream";
import { actions as actions2021 } from "@wedata-openapi/schema/v20210820";
import { examples as examples2021 } from "@wedata-openapi/schema/v20210820/examples";
import { actions as actions2025 } from "@wedata-openapi/schema/v20250806";
import { examples as examples2025 } from "@wedata-openapi/schema/v20250806/examples";
import { type Handler, type TestServer, tcOk } from "@wedata-openapi/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kebabCase } from "../src/naming.js";
import { run } from "../src/program.js";
import { CREDS, startSigningServer } from "./support.js";

let server: TestServer;
const ok: Handler = () => ({ json: tcOk({}) });
// In process, the credential chain reads the process's environment.
const saved = { id: process.env.TENCENTCLOUD_SECRET_ID, key: process.env.TENCENTCLOUD_SECRET_KEY };
beforeAll(async () => {
  server = await startSigningServer(() => ok);
  Object.assign(process.env, CREDS);
});
afterAll(async () => {
  await server.close();
  for (const [name, value] of [
    ["TENCENTCLOUD_SECRET_ID", saved.id],
    ["TENCENTCLOUD_SECRET_KEY", saved.key],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

/** Every write of a version whose published example request passes the spec's own rules. */
function writes(
  table: Readonly<Record<string, { idempotent: boolean; validateRequest: (v: unknown) => boolean }>>,
  examples: Readonly<Record<string, { request?: unknown }>>,
) {
  return Object.entries(table)
    .filter(([action, info]) => !info.idempotent && info.validateRequest(examples[action]?.request ?? {}))
    .map(([action]) => [action, examples[action]?.request ?? {}] as const);
}
const VERSIONS = [
  ["2021-08-20", writes(actions2021, examples2021)],
  ["2025-08-06", writes(actions2025, examples2025)],
] as const;

/** Runs in process; with `tty`, stdin is a terminal, and `answer` is typed once the question is asked. */
async function wedata(args: string[], { tty = false, answer }: { tty?: boolean; answer?: string } = {}) {
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
  // The answer is typed once the question is there.
  if (answer !== undefined) {
    for (let i = 0; i < 200 && !err.join("").includes("[y/N]"); i++)
      await new Promise((r) => setTimeout(r, 10));
    stdin.write(`${answer}\n`);
  }
  return { code: await pending, stdout: out.join(""), stderr: err.join("") };
}

describe.each(VERSIONS)("every write of API %s", (version, list) => {
  it("has writes to check", () => expect(list.length).toBeGreaterThan(version === "2021-08-20" ? 50 : 30));

  it.each(list)(
    "%s: asks on a terminal, sends with --yes, prints the request with --dry-run",
    async (action, example) => {
      const args = [
        "--api-version",
        version,
        kebabCase(action),
        "--endpoint",
        server.url,
        "--region",
        "ap-guangzhou",
        "--json",
        JSON.stringify(example),
      ];
      const before = server.requests.length;
      const declined = await wedata(args, { tty: true, answer: "n" });
      expect(declined.stderr).toMatch(/\?\s*\[y\/N\][\s\S]*declined; nothing was sent/);
      expect(declined.code).toBe(2);
      const dry = await wedata([...args, "--dry-run"]);
      expect(dry.code).toBe(0);
      expect(JSON.parse(dry.stdout)).toMatchObject({
        headers: { "x-tc-action": action, authorization: expect.stringContaining("REDACTED") },
      });
      expect(dry.stdout).not.toMatch(/Signature=|cli-secret-key/);
      expect(server.requests.length).toBe(before);
      const sent = await wedata([...args, "--yes"], { tty: true });
      expect(sent.code, sent.stderr).toBe(0);
      expect(server.requests.length).toBe(before + 1);
      expect(server.requests.at(-1)?.headers["x-tc-action"]).toBe(action);
    },
  );
});
