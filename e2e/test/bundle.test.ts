import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { fixtures } from "@wedata-openapi/msw";
import { verifyTc3 } from "@wedata-openapi/tc3-fetch";
import { startTestServer, type TestServer, verifyReceived } from "@wedata-openapi/testkit";
import { build } from "esbuild";
import { chromium } from "playwright";
import { build as viteBuild } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ENTRY = fileURLToPath(new URL("../src/entry.ts", import.meta.url));
const ENTRY_BARE = fileURLToPath(new URL("../src/entry-bare.ts", import.meta.url));
const ENTRY_BARE_2025 = fileURLToPath(new URL("../src/entry-bare-v20250806.ts", import.meta.url));
const ENTRY_ALL = fileURLToPath(new URL("../src/entry-all.ts", import.meta.url));
const ENTRY_2025 = fileURLToPath(new URL("../src/entry-v20250806.ts", import.meta.url));
const REPO = fileURLToPath(new URL("../..", import.meta.url));
const KEY = { secretId: "AKIDbundletest", secretKey: "bundle-test-secret" };
/**
 * The gzip budget of a minified browser bundle of one call through the bare client and the action's row:
 * signing, retry, validation and errors, and one action's rules (the bare client of browsers limits the rate
 * only with a limiter it is given). It does not grow with the number of actions (checked below: the bundle
 * names one action). bench/README.md keeps the figures.
 */
const BROWSER_BUDGET_GZIP = 7 * 1024;
/**
 * What each action adds to the aggregated client's eager part (`createWedataClient`: a method for every
 * action; a code-splitting bundler loads the version's rows on the first call).
 */
const AGGREGATED_EAGER_BYTES_PER_ACTION = 60;
// An import or require of a Node built-in, in any of the forms bundlers emit.
const NODE_BUILTIN =
  /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["'](?:node:[a-z_/]+|crypto|https?|net|tls|fs|os|path|stream|zlib)["']/;
const tmp = mkdtempSync(join(tmpdir(), "wedata-bundles-"));

interface Bundle {
  code: string;
  inputs: string[];
  gzip: number;
}

async function esbuildBundle(platform: "browser" | "node", entry = ENTRY): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  return { code, inputs: Object.keys(result.metafile.inputs), gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * The eager part of a code-split bundle (the entry and the chunks it imports statically), minified bytes;
 * with `names: false` the version's name list is emptied, which leaves what does not grow with the actions.
 */
async function eagerBytes(entry: string, names = true): Promise<{ bytes: number; code: string }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    outdir: join(tmp, "split"),
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: names
      ? []
      : [
          {
            name: "empty-names",
            setup(b) {
              b.onLoad({ filter: /schema-core\/dist\/generated\/v\d+\/names\.js$/ }, () => ({
                contents: "export const actionNames = [];",
                loader: "js",
              }));
            },
          },
        ],
  });
  const outputs = result.metafile.outputs;
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === "import-statement") visit(i.path);
  };
  visit(Object.keys(outputs).find((file) => outputs[file]!.entryPoint)!);
  const code = result.outputFiles
    .filter((f) => [...eager].some((file) => f.path.endsWith(file.replace(/^.*\/split\//, "/split/"))))
    .map((f) => f.text)
    .join("\n");
  return { bytes: [...eager].reduce((sum, file) => sum + outputs[file]!.bytes, 0), code };
}

async function viteBundle(): Promise<Bundle> {
  const output = (await viteBuild({
    configFile: false,
    logLevel: "silent",
    build: {
      lib: { entry: ENTRY, formats: ["es"], fileName: "entry" },
      write: false,
      minify: true,
      target: "es2022",
    },
  })) as
    | Array<{ output: Array<{ type: string; fileName?: string; code?: string; moduleIds?: string[] }> }>
    | { output: Array<{ type: string; fileName?: string; code?: string; moduleIds?: string[] }> };
  const chunks = (Array.isArray(output) ? output[0]! : output).output.filter((o) => o.type === "chunk");
  // The rows the aggregated client loads on its first call are chunks of their own: served beside the entry.
  for (const chunk of chunks.slice(1)) lazyChunks[chunk.fileName!] = chunk.code ?? "";
  const [entry] = chunks;
  const code = entry!.code ?? "";
  return {
    code,
    inputs: chunks.flatMap((chunk) => chunk.moduleIds ?? []),
    gzip: gzipSync(code, { level: 9 }).length,
  };
}
const lazyChunks: Record<string, string> = {};

let server: TestServer;
const bundles: Record<string, Bundle> = {};
beforeAll(async () => {
  bundles["esbuild-browser"] = await esbuildBundle("browser", ENTRY_BARE);
  bundles["esbuild-node"] = await esbuildBundle("node", ENTRY_BARE);
  bundles["esbuild-node-aggregated"] = await esbuildBundle("node");
  bundles["esbuild-browser-v20250806"] = await esbuildBundle("browser", ENTRY_BARE_2025);
  bundles["esbuild-browser-aggregated"] = await esbuildBundle("browser");
  bundles["esbuild-browser-all-actions"] = await esbuildBundle("browser", ENTRY_ALL);
  bundles["esbuild-browser-aggregated-v20250806"] = await esbuildBundle("browser", ENTRY_2025);
  bundles["vite-browser"] = await viteBundle();
  // One origin serves the page, the bundles and the API, so the browser needs no CORS.
  server = await startTestServer(async (request) => {
    if (request.method === "GET") {
      const name = request.path.slice(1).replace(/\.js$/, "");
      if (bundles[name]) return { body: bundles[name].code, headers: { "content-type": "text/javascript" } };
      const lazy = lazyChunks[request.path.slice(1)];
      if (lazy !== undefined) return { body: lazy, headers: { "content-type": "text/javascript" } };
      return { body: "<!doctype html><title>bundle</title>", headers: { "content-type": "text/html" } };
    }
    const failure = await verifyReceived(verifyTc3, request, { keys: [KEY] });
    return { json: failure ?? fixtures.getTaskInstanceResponse };
  });
  writeFileSync(
    join(fileURLToPath(new URL("..", import.meta.url)), "bundle-sizes.json"),
    `${JSON.stringify(Object.fromEntries(Object.entries(bundles).map(([k, b]) => [k, { bytes: b.code.length, gzip: b.gzip }])), null, 2)}\n`,
  );
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe.each(["esbuild-browser", "vite-browser"])("%s bundle", (name) => {
  it("pulls in no Node built-ins, no node:crypto back-end and no process", () => {
    const bundle = bundles[name]!;
    expect(
      bundle.inputs.filter((i) => /index\.node|transport\/node|crypto\/node|\/node\/|^node:/.test(i)),
    ).toEqual([]);
    expect(bundle.code.match(NODE_BUILTIN)?.[0]).toBeUndefined();
    // openapi-fetch feature-detects Node with a guarded `typeof process == "object"`; nothing may rely on it.
    expect(bundle.code.match(/\bprocess\.(env|nextTick|stdout|stderr|argv|cwd)\b/)?.[0]).toBeUndefined();
    const ours = bundle.inputs.filter((i) => i.includes("packages/") && !i.includes("node_modules"));
    expect(ours.length).toBeGreaterThan(5);
    for (const file of ours)
      expect(readFileSync(file.replace(/^.*?(?=\/?packages\/)/, REPO), "utf8")).not.toMatch(/\bprocess\b/);
  });

  it("runs in Chromium against a TC3-verifying server", async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`);
      // A string, not a function: Vitest would rewrite a function's import() for Node.
      const result = (await page.evaluate(`(async () => {
        const m = await import("/${name}.js");
        const detail = await m.getTaskInstance(location.origin, ${JSON.stringify(KEY)});
        return { taskName: detail?.TaskName, ua: navigator.userAgent };
      })()`)) as { taskName?: string; ua: string };
      expect(result.taskName).toBe("dq_test_dylan_shell_01");
      expect(result.ua).toMatch(/HeadlessChrome/);
    } finally {
      await browser.close();
    }
  });
});

/** The actions of a version whose names appear in a bundle, as `"Action"` string literals. */
async function actionsIn(bundle: Bundle, version: string): Promise<string[]> {
  const { actions } = (await import(/* @vite-ignore */ `@wedata-openapi/schema/${version}`)) as {
    actions: object;
  };
  return Object.keys(actions).filter((action) => bundle.code.includes(`"${action}"`));
}

describe("size budget", () => {
  it("holds for one call, and the bundle carries only that action", async () => {
    expect(bundles["esbuild-browser"]!.gzip).toBeLessThanOrEqual(BROWSER_BUDGET_GZIP);
    expect(bundles["esbuild-browser-v20250806"]!.gzip).toBeLessThanOrEqual(BROWSER_BUDGET_GZIP);
    // Flat in the number of actions: nothing of any other action's row, rules or name is bundled.
    expect(await actionsIn(bundles["esbuild-browser"]!, "v20210820")).toEqual(["GetTaskInstance"]);
    expect(await actionsIn(bundles["esbuild-browser-v20250806"]!, "v20250806")).toEqual(["GetTaskInstance"]);
    expect(await actionsIn(bundles["esbuild-browser-v20250806"]!, "v20210820")).toEqual(["GetTaskInstance"]);
  });
  it("bounds what each action adds to the aggregated client's eager part, and keeps the versions apart", async () => {
    for (const [entry, version] of [
      [ENTRY, "v20210820"],
      [ENTRY_2025, "v20250806"],
    ] as const) {
      const { actions } = (await import(/* @vite-ignore */ `@wedata-openapi/schema/${version}`)) as {
        actions: object;
      };
      const eager = await eagerBytes(entry);
      const constant = await eagerBytes(entry, false);
      expect(constant.bytes, version).toBeLessThan(eager.bytes);
      const perAction = (eager.bytes - constant.bytes) / Object.keys(actions).length;
      expect(perAction, version).toBeLessThanOrEqual(AGGREGATED_EAGER_BYTES_PER_ACTION);
      // Names, not rows: before the first call no action's row is loaded, but for GetTaskInstance's in 2021-08-20
      // (the first release's `assertGetTaskInstanceRequest`, which is synchronous).
      const rows = [...new Set([...eager.code.matchAll(/\baction:"(\w+)"/g)].map((m) => m[1]))];
      expect(rows, version).toEqual(version === "v20210820" ? ["GetTaskInstance"] : []);
      for (const action of Object.keys(actions)) expect(eager.code, version).toContain(action);
    }
    const v2025 = bundles["esbuild-browser-aggregated-v20250806"]!;
    expect(v2025.code).toContain("RerunTaskInstancesAsync");
    expect(v2025.code).not.toContain("ListInstances");
    expect(bundles["esbuild-browser-aggregated"]!.code).not.toContain("RerunTaskInstancesAsync");
    // Vite's library build keeps whitespace in ES output; it is checked for running, not for size.
    expect(bundles["vite-browser"]!.code.length).toBeGreaterThan(0);
  });
});

// The aggregated client too: bundled into one file with no node_modules beside it, its calls load the rows the
// bundle carries rather than requiring the action's own module.
describe.each(["esbuild-node", "esbuild-node-aggregated"])("%s bundle", (name) => {
  it("uses the node:crypto back-end and runs in Node against a TC3-verifying server", async () => {
    const bundle = bundles[name]!;
    expect(bundle.inputs.some((i) => /tc3-fetch\/dist\/index\.node\.js$/.test(i))).toBe(true);
    const file = join(tmp, `${name}.mjs`);
    writeFileSync(file, bundle.code);
    const script = `import(${JSON.stringify(file)}).then((m) => m.getTaskInstance(${JSON.stringify(server.url)}, ${JSON.stringify(KEY)})).then((d) => console.log(d.TaskName))`;
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ["--input-type=module", "-e", script],
        { timeout: 20_000 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      ),
    );
    expect(stdout.trim()).toBe("dq_test_dylan_shell_01");
  });
});
