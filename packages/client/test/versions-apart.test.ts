// A user of one API version neither loads nor type-checks the other: its entry's modules at run time, and the
// declaration files a consumer's compiler reads for a call, name nothing of the other version.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { modulesResolvedBy } from "@wedata-openapi/testkit";
import { afterAll, describe, expect, it } from "vitest";

const CLIENT = fileURLToPath(new URL("..", import.meta.url));
const TSC = join(CLIENT, "node_modules/typescript/bin/tsc");
const VERSIONS = [
  { entry: "@wedata-openapi/client", own: "v20210820", other: "v20250806" },
  { entry: "@wedata-openapi/client/v20250806", own: "v20250806", other: "v20210820" },
];

// A consumer project outside the workspace that sees the built client the way an installed one is seen.
const consumer = mkdtempSync(join(tmpdir(), "wedata-versions-"));
mkdirSync(join(consumer, "node_modules/@wedata-openapi"), { recursive: true });
symlinkSync(CLIENT, join(consumer, "node_modules/@wedata-openapi/client"));
writeFileSync(join(consumer, "package.json"), '{ "type": "module" }');
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

/** The files `tsc` reads to check `source`. */
function filesRead(source: string): string[] {
  writeFileSync(join(consumer, "call.ts"), source);
  writeFileSync(
    join(consumer, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ["call.ts"],
    }),
  );
  return execFileSync(process.execPath, [TSC, "-p", "tsconfig.json", "--listFilesOnly"], {
    cwd: consumer,
    encoding: "utf8",
  })
    .trim()
    .split("\n");
}

describe.each(VERSIONS)("a user of $own ($entry)", ({ entry, own, other }) => {
  it("type-checks a call reading nothing of the other version", { timeout: 120_000 }, () => {
    const files = filesRead(
      `import { createWedataClient } from "${entry}";\n` +
        `const client = createWedataClient({ region: "ap-guangzhou" });\n` +
        `export const detail = await client.getTaskInstance({ ProjectId: "1", InstanceKey: "1_2025-01-01 00:00:00" });\n`,
    );
    expect(files.filter((file) => file.includes(`/generated/${own}/`)).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.includes(`/generated/${other}/`))).toEqual([]);
  });

  it("calls loading nothing of the other version", async () => {
    const r = await modulesResolvedBy(
      [
        "--input-type=module",
        "-e",
        `import { createServer } from "node:http";
        import { createWedataClient } from "${entry}";
        const server = createServer((q, s) => { q.resume(); q.on("end", () => s.end(JSON.stringify({ Response: { Data: null, RequestId: "r" } }))); });
        await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
        const client = createWedataClient({ region: "ap-guangzhou", endpoint: "http://127.0.0.1:" + server.address().port, credentials: { secretId: "a", secretKey: "b" } });
        console.log(await client.getTaskInstance({ ProjectId: "1", InstanceKey: "1_2025-01-01 00:00:00" }));
        server.close();`,
      ],
      { cwd: CLIENT },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("null");
    expect(r.modules.filter((url) => url.includes(`/generated/${own}/`)).length).toBeGreaterThan(0);
    expect(r.modules.filter((url) => url.includes(`/generated/${other}/`))).toEqual([]);
  });
});
