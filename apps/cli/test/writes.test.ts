import { actions as actions2021 } from "@wedata-openapi/schema/v20210820";
import { examples as examples2021 } from "@wedata-openapi/schema/v20210820/examples";
import { actions as actions2025 } from "@wedata-openapi/schema/v20250806";
import { examples as examples2025 } from "@wedata-openapi/schema/v20250806/examples";
import { type Handler, type TestServer, tcOk } from "@wedata-openapi/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kebabCase } from "../src/naming.js";
import { startSigningServer, useCredentialsInProcess, wedataInProcess } from "./support.js";

let server: TestServer;
const ok: Handler = () => ({ json: tcOk({}) });
useCredentialsInProcess();
beforeAll(async () => {
  server = await startSigningServer(() => ok);
});
afterAll(() => server.close());

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

const wedata = wedataInProcess;

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
