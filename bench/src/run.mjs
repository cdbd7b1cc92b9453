// `pnpm bench`: ours against the official tencentcloud-sdk-nodejs@4.1.313, side by side in one run, A B A B
// over several rounds after a warm-up. The ratios are the result; absolute numbers drift with the machine.
// --quick: one round and tiny counts, so `pnpm test` keeps the harness from rotting.
import { execFileSync, fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { createWedataClient } from "@wedata-openapi/client";
import { signTc3 } from "@wedata-openapi/tc3-fetch";
import { signTc3 as signTc3Web } from "@wedata-openapi/tc3-fetch/webcrypto";
import { installedSize, publishedSizes } from "@wedata-openapi/testkit";
import { build } from "esbuild";
import { consumerTsc, generateSeconds } from "./costs.mjs";
import { mockedCalls } from "./mocked.mjs";
import { median, summarize } from "./stats.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = join(here, "..");
const require = createRequire(import.meta.url);
const Sign = require("tencentcloud-sdk-nodejs/tencentcloud/common/sign.js").default;
const {
  Client: OfficialClient,
} = require("tencentcloud-sdk-nodejs/tencentcloud/services/wedata/v20210820/wedata_client.js");

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const out = join(benchDir, option("--out", "results/latest.json"));
const report = option("--report", undefined);
const n = (full, small) => (quick ? small : full);

const KEY = {
  secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
  secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
};
const PARAMS = {
  ProjectId: "1460947878944567296",
  InstanceKey: "20250326150742906_2025-03-28 00:00:00",
  ScheduleTimeZone: "UTC+6",
};
const results = {};
// Start-up cases time whole processes. NODE_EXTRA_CA_CERTS (set on some machines) makes every Node process read
// a bundle of certificates at start: tens of ms of noise that is nobody's code, so timed children go without it.
const { NODE_EXTRA_CA_CERTS: _extraCa, ...childEnv } = process.env;
const log = (...x) => console.error(...x);

async function startServer(...serverArgs) {
  const child = fork(join(here, "server.mjs"), serverArgs, { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const { port } = await new Promise((resolve, reject) => {
    child.stdout.once("data", (d) => resolve(JSON.parse(String(d))));
    child.once("exit", (code) => reject(new Error(`the bench server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    stats: () =>
      new Promise((resolve) => {
        child.once("message", resolve);
        child.send("stats");
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", resolve);
        child.send("stop");
      }),
  };
}

/** Rounds of A then B (B then A on odd rounds), each timed; returns per-round values of `metric`. */
async function interleave(rounds, a, b, metric) {
  const ours = [];
  const theirs = [];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [b, a] : [a, b];
    const timings = new Map();
    for (const fn of order) {
      const started = performance.now();
      const count = await fn();
      timings.set(fn, metric(count, performance.now() - started));
    }
    ours.push(timings.get(a));
    theirs.push(timings.get(b));
  }
  return summarize(ours, theirs);
}
const perSecond = (count, ms) => (count / ms) * 1000;

async function signing() {
  const N = n(60_000, 2_000);
  // A plain literal, as the client builds it: spreading into a 12-key literal costs V8 more than signing.
  const input = (i) => ({
    secretId: KEY.secretId,
    secretKey: KEY.secretKey,
    timestamp: 1743084000 + (i & 1023),
    service: "wedata",
    host: "wedata.tencentcloudapi.com",
    action: "GetTaskInstance",
    version: "2021-08-20",
    region: "ap-guangzhou",
    contentType: "application/json",
    payload: JSON.stringify(PARAMS),
  });
  async function ours() {
    for (let i = 0; i < N; i++) await signTc3(input(i));
    return N;
  }
  function theirs() {
    for (let i = 0; i < N; i++) {
      Sign.sign3({
        method: "POST",
        url: "https://wedata.tencentcloudapi.com/",
        payload: PARAMS,
        timestamp: 1743084000 + (i & 1023),
        service: "wedata",
        secretId: KEY.secretId,
        secretKey: KEY.secretKey,
        multipart: false,
        boundary: "",
        headers: { "Content-Type": "application/json" },
      });
    }
    return N;
  }
  async function web() {
    const M = Math.ceil(N / 10);
    for (let i = 0; i < M; i++) await signTc3Web(input(i));
    return M;
  }
  // Warm-up: both reach steady JIT state before anything is measured.
  for (let i = 0; i < n(3, 1); i++) {
    await ours();
    theirs();
  }
  const result = await interleave(n(9, 1), ours, theirs, perSecond);
  const started = performance.now();
  const webCount = await web();
  result.webcryptoPerSecond = perSecond(webCount, performance.now() - started);
  return result;
}

async function endToEnd() {
  const server = await startServer("documented");
  const ours = createWedataClient({
    region: "ap-guangzhou",
    credentials: KEY,
    endpoint: server.url,
    rateLimit: false,
    retry: false,
  });
  const theirs = new OfficialClient({
    credential: KEY,
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint: server.host, protocol: "http://" } },
  });
  const calls = n(2_000, 60);
  const run = (call, concurrency) => async () => {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < calls) await call();
      }),
    );
    return calls;
  };
  const callOurs = () => ours.getTaskInstance(PARAMS);
  const callTheirs = () => theirs.GetTaskInstance(PARAMS);
  try {
    await run(callOurs, 4)();
    await run(callTheirs, 4)();
    return {
      sequential: await interleave(n(7, 1), run(callOurs, 1), run(callTheirs, 1), perSecond),
      concurrent16: await interleave(n(7, 1), run(callOurs, 16), run(callTheirs, 16), perSecond),
    };
  } finally {
    await server.stop();
  }
}

function coldStart() {
  const spawnMs = (code, type) => {
    const started = performance.now();
    execFileSync(process.execPath, type === "module" ? ["--input-type=module", "-e", code] : ["-e", code], {
      cwd: benchDir,
      env: childEnv,
    });
    return performance.now() - started;
  };
  const ours = [];
  const theirs = [];
  const base = [];
  for (let r = 0; r < n(15, 2); r++) {
    base.push(spawnMs("0"));
    ours.push(spawnMs('await import("@wedata-openapi/client")', "module"));
    theirs.push(
      spawnMs('require("tencentcloud-sdk-nodejs/tencentcloud/services/wedata/v20210820/wedata_client.js")'),
    );
  }
  const added = (xs) => xs.map((x, i) => Math.max(0, x - base[i]));
  const result = summarize(added(ours), added(theirs), false);
  result.bareNodeMs = median(base);
  result.hyperfine = false;
  return result;
}

/**
 * The CLI's start-up: `wedata --help`, and one call against a local server, each as ms added over a bare
 * `node -e 0` started in the same round (interleaved, so a busy moment hits all three alike).
 */
async function cliStart() {
  const cli = createRequire(import.meta.url)
    .resolve("@wedata-openapi/cli/package.json")
    .replace(/package\.json$/, "dist/cli.js");
  const server = await startServer("documented");
  const env = {
    ...childEnv,
    TENCENTCLOUD_SECRET_ID: KEY.secretId,
    TENCENTCLOUD_SECRET_KEY: KEY.secretKey,
  };
  const run = (args) => {
    const started = performance.now();
    execFileSync(process.execPath, args, { cwd: benchDir, env, stdio: "ignore" });
    return performance.now() - started;
  };
  const call = [
    cli,
    "get-task-instance",
    "--endpoint",
    server.url,
    "--region",
    "ap-guangzhou",
    "--project-id",
    PARAMS.ProjectId,
    "--instance-key",
    PARAMS.InstanceKey,
    "--output",
    "json",
  ];
  const base = [];
  const help = [];
  const calls = [];
  try {
    for (let r = 0; r < n(15, 3); r++) {
      base.push(run(["-e", "0"]));
      help.push(run([cli, "--help"]));
      calls.push(run(call));
    }
  } finally {
    await server.stop();
  }
  const added = (xs) => {
    const diffs = xs.map((x, i) => x - base[i]);
    return { median: median(diffs), min: Math.min(...diffs), max: Math.max(...diffs) };
  };
  return { bareNodeMs: median(base), help: added(help), call: added(calls), rounds: base.length };
}

/**
 * The shared limiter: acquires per second one Redis runs (one process, concurrent loops over a limit high enough
 * never to wait), and the time one acquire adds to a call (sequential acquire + release, median).
 */
async function redisLimiter() {
  const { startRedisServer } = await import("@wedata-openapi/testkit");
  const { createRedisRateLimiter } = await import("@wedata-openapi/ratelimit-redis");
  const redis = await startRedisServer();
  const limiter = createRedisRateLimiter({ url: redis.url, requestsPerSecond: 10_000 });
  const scope = { key: "GetTaskInstance", account: "AKIDbench", region: "ap-guangzhou" };
  try {
    await limiter.connect();
    const latencies = [];
    for (let i = 0; i < n(2_000, 100); i++) {
      const started = performance.now();
      const slot = await limiter.acquire(undefined, scope);
      latencies.push(performance.now() - started);
      slot?.release();
    }
    let acquires = 0;
    const until = performance.now() + n(3_000, 300);
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (performance.now() < until) {
          (await limiter.acquire(undefined, scope))?.release();
          acquires++;
        }
      }),
    );
    const perSecond = acquires / (n(3_000, 300) / 1000);
    return {
      acquireMs: median(latencies),
      acquiresPerSecond: perSecond,
      processesServed: Math.floor(perSecond / 40),
    };
  } finally {
    await limiter.close();
    await redis.close();
  }
}

/** Installed bytes and number of packages of `name` and its dependency closure, as seen from the bench. */
function installed(name) {
  const { bytes, packages } = installedSize(name, benchDir);
  return { bytes, packages: Object.keys(packages).length };
}

async function sizes() {
  const bundle = async (entry, platform) => {
    try {
      const r = await build({
        entryPoints: [join(here, "entries", entry)],
        bundle: true,
        minify: true,
        platform,
        format: entry.endsWith(".cjs") ? "cjs" : "esm",
        write: false,
        logLevel: "silent",
        absWorkingDir: benchDir,
      });
      const code = r.outputFiles[0].contents;
      return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
    } catch (error) {
      return {
        error: `${error.errors?.length ?? 1} errors, e.g. ${error.errors?.[0]?.text ?? error.message}`,
      };
    }
  };
  // What a page downloads before its first call: the entry and the chunks it imports statically, when the
  // bundler splits code (the aggregated client loads its version's rows with `import()` on first use). `names`:
  // the version's name list as generated, or emptied, which leaves what does not grow with the actions.
  const eager = async (entry, names = true) => {
    const emptyNames = {
      name: "empty-names",
      setup(b) {
        b.onLoad({ filter: /schema-core\/dist\/generated\/v\d+\/names\.js$/ }, () => ({
          contents: "export const actionNames = [];",
          loader: "js",
        }));
      },
    };
    const r = await build({
      entryPoints: [join(here, "entries", entry)],
      bundle: true,
      minify: true,
      splitting: true,
      platform: "browser",
      format: "esm",
      outdir: join(benchDir, ".eager"),
      write: false,
      metafile: true,
      logLevel: "silent",
      absWorkingDir: benchDir,
      plugins: names ? [] : [emptyNames],
    });
    const outputs = r.metafile.outputs;
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of outputs[file].imports) if (i.kind === "import-statement") visit(i.path);
    };
    visit(Object.keys(outputs).find((file) => outputs[file].entryPoint));
    return [...seen].reduce((sum, file) => sum + outputs[file].bytes, 0);
  };
  const aggregated = async (entry, actions) => {
    const withNames = await eager(entry);
    const withoutNames = await eager(entry, false);
    return { eager: withNames, constant: withoutNames, perAction: (withNames - withoutNames) / actions };
  };
  const { actions: actions2021 } = await import("@wedata-openapi/schema/v20210820");
  const { actions: actions2025 } = await import("@wedata-openapi/schema/v20250806");
  return {
    actions: { "2021-08-20": Object.keys(actions2021).length, "2025-08-06": Object.keys(actions2025).length },
    bundle: {
      oursBare: await bundle("ours-bare.mjs", "browser"),
      oursBare2025: await bundle("ours-bare-v20250806.mjs", "browser"),
      oursAggregated2025: await bundle("ours-v20250806.mjs", "browser"),
      oursBrowser: await bundle("ours.mjs", "browser"),
      oursNode: await bundle("ours.mjs", "node"),
      theirsNode: await bundle("theirs.cjs", "node"),
      theirsBrowser: await bundle("theirs.cjs", "browser"),
    },
    aggregated: {
      "2021-08-20": await aggregated("ours.mjs", Object.keys(actions2021).length),
      "2025-08-06": await aggregated("ours-v20250806.mjs", Object.keys(actions2025).length),
    },
    installed: {
      ours: installed("@wedata-openapi/client"),
      theirs: installed("tencentcloud-sdk-nodejs"),
    },
    tarballs: publishedSizes(join(benchDir, "..")),
  };
}

/** What a consumer's tsc spends on one call of each version, and how long the generator takes. */
function typesAndGenerator() {
  // The generator rewrites packages/schema/src/generated in place: never while `pnpm test` (--quick) runs other
  // tasks that read it.
  return {
    tsc: consumerTsc(benchDir),
    generateSeconds: quick ? undefined : generateSeconds(join(benchDir, "..")),
  };
}

async function rateLimitedBatch() {
  const keys = Array.from(
    { length: n(200, 30) },
    (_, i) => `2025032615074${String(i).padStart(4, "0")}_2025-03-28 00:00:00`,
  );
  const measure = async (fn) => {
    const server = await startServer("limit", "20");
    try {
      const started = performance.now();
      const errors = await fn(server);
      return { seconds: (performance.now() - started) / 1000, errors, ...(await server.stats()) };
    } finally {
      await server.stop();
    }
  };
  const ours = await measure(async (server) => {
    const client = createWedataClient({ region: "ap-guangzhou", credentials: KEY, endpoint: server.url });
    const results = await client.getTaskInstances({ ProjectId: PARAMS.ProjectId, InstanceKeys: keys });
    return results.filter((r) => !r.ok).length;
  });
  const theirs = await measure(async (server) => {
    const client = new OfficialClient({
      credential: KEY,
      region: "ap-guangzhou",
      profile: { httpProfile: { endpoint: server.host, protocol: "http://" } },
    });
    const settled = await Promise.allSettled(
      keys.map((InstanceKey) => client.GetTaskInstance({ ProjectId: PARAMS.ProjectId, InstanceKey })),
    );
    return settled.filter((r) => r.status === "rejected").length;
  });
  return { keys: keys.length, ours, theirs };
}

const fmt = (x, digits = 2) => (typeof x === "number" ? x.toFixed(digits) : String(x));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
function table(r) {
  const rows = [["case", "ours", "theirs", "ratio per round: median (min–max)", "target", "met"]];
  const ratioText = (s) => `${fmt(s.ratio.median)}x (${fmt(s.ratio.min)}–${fmt(s.ratio.max)})`;
  rows.push([
    "signing, signatures/s",
    fmt(r.signing.ours.median, 0),
    fmt(r.signing.theirs.median, 0),
    ratioText(r.signing),
    "≥ 3x",
    r.signing.ratio.median >= 3 ? "yes" : "no",
  ]);
  rows.push([
    "signing, WebCrypto back-end in Node (reported)",
    fmt(r.signing.webcryptoPerSecond, 0),
    "–",
    "–",
    "–",
    "–",
  ]);
  rows.push([
    "e2e sequential, calls/s",
    fmt(r.e2e.sequential.ours.median, 0),
    fmt(r.e2e.sequential.theirs.median, 0),
    ratioText(r.e2e.sequential),
    "≥ 1.3x",
    r.e2e.sequential.ratio.median >= 1.3 ? "yes" : "no",
  ]);
  rows.push([
    "e2e 16 concurrent, calls/s",
    fmt(r.e2e.concurrent16.ours.median, 0),
    fmt(r.e2e.concurrent16.theirs.median, 0),
    ratioText(r.e2e.concurrent16),
    "≥ 1.6x",
    r.e2e.concurrent16.ratio.median >= 1.6 ? "yes" : "no",
  ]);
  const cs = r.coldStart;
  rows.push([
    "cold start, ms added over bare node",
    fmt(cs.ours.median, 1),
    fmt(cs.theirs.median, 1),
    `${fmt(cs.ours.median / cs.theirs.median)}x of theirs`,
    "≤ 0.5x",
    cs.ours.median / cs.theirs.median <= 0.5 ? "yes" : "no",
  ]);
  const cli = r.cliStart;
  if (cli) {
    rows.push([
      `CLI \`wedata --help\`, ms over \`node -e 0\` (median of ${cli.rounds})`,
      fmt(cli.help.median, 1),
      "–",
      `${fmt(cli.help.min, 1)}–${fmt(cli.help.max, 1)}`,
      "≤ 60 ms",
      cli.help.median <= 60 ? "yes" : "no",
    ]);
    rows.push([
      "CLI call against a local server, ms over `node -e 0`",
      fmt(cli.call.median, 1),
      "–",
      `${fmt(cli.call.min, 1)}–${fmt(cli.call.max, 1)}`,
      "≤ 120 ms",
      cli.call.median <= 120 ? "yes" : "no",
    ]);
  }
  const rl = r.redis;
  if (rl) {
    rows.push([
      "shared limiter on one Redis: acquires/s (one process, 32 loops); ms one acquire adds",
      `${fmt(rl.acquiresPerSecond, 0)}/s; ${fmt(rl.acquireMs, 2)} ms`,
      "–",
      `~${rl.processesServed} busy processes per Redis at the default limit (40 polls/s each)`,
      "–",
      "–",
    ]);
  }
  const b = r.sizes.bundle;
  const theirsBrowser = b.theirsBrowser.error
    ? `browser fails (${b.theirsBrowser.error})`
    : `browser ${kb(b.theirsBrowser.gzip)}`;
  rows.push([
    "bundle of one getTaskInstance call (bare client + the action's row), min+gzip, 2021 / 2025",
    `${kb(b.oursBare.gzip)} / ${kb(b.oursBare2025.gzip)}`,
    `node ${kb(b.theirsNode.gzip)}, ${theirsBrowser}`,
    `${fmt(b.theirsNode.gzip / b.oursBare.gzip, 1)}x smaller (ours browser vs theirs node)`,
    "≤ 7 KB",
    Math.max(b.oursBare.gzip, b.oursBare2025.gzip) <= 7168 ? "yes" : "no",
  ]);
  const ag = r.sizes.aggregated;
  rows.push([
    "aggregated client (createWedataClient, every method): eager min bytes per action, 2021 / 2025",
    `${fmt(ag["2021-08-20"].perAction, 0)} / ${fmt(ag["2025-08-06"].perAction, 0)}`,
    "–",
    `eager ${kb(ag["2021-08-20"].eager)} / ${kb(ag["2025-08-06"].eager)} min, of which ${kb(ag["2021-08-20"].constant)} / ${kb(ag["2025-08-06"].constant)} does not grow; unsplit bundle ${kb(b.oursBrowser.gzip)} / ${kb(b.oursAggregated2025.gzip)} gzip`,
    "≤ 60 B",
    Math.max(ag["2021-08-20"].perAction, ag["2025-08-06"].perAction) <= 60 ? "yes" : "no",
  ]);
  const t = r.sizes.tarballs;
  const packed = Object.values(t).reduce((sum, p) => sum + p.tarball, 0);
  rows.push([
    "all published tarballs together (schema / schema-core unpacked)",
    `${kb(packed)} (${kb(t["@wedata-openapi/schema"].unpacked)} / ${kb(t["@wedata-openapi/schema-core"].unpacked)})`,
    "–",
    "–",
    "≤ 3 MB",
    packed <= 3 * 1024 * 1024 ? "yes" : "no",
  ]);
  if (r.costs) {
    const c = r.costs.tsc;
    rows.push([
      "consumer tsc of one call per version: check s; total vs a file importing node:fs",
      `${fmt(c.calls.checkS, 2)} s; ${fmt(c.calls.totalS, 2)} s (${c.calls.instantiations} instantiations)`,
      `node:fs only: ${fmt(c.fsOnly.totalS, 2)} s`,
      `${fmt(c.totalRatio)}x (${fmt(c.withoutModelsRatio)}x with both versions' models emptied)`,
      "≤ 0.5 s; ≤ 1.3x",
      c.calls.checkS <= 0.5 && c.totalRatio <= 1.3 ? "yes" : "no",
    ]);
    if (r.costs.generateSeconds !== undefined)
      rows.push([
        "pnpm generate --force, both versions, s",
        fmt(r.costs.generateSeconds, 1),
        "–",
        "–",
        "≤ 30 s",
        r.costs.generateSeconds <= 30 ? "yes" : "no",
      ]);
  }
  const i = r.sizes.installed;
  rows.push([
    "installed size (packages)",
    `${kb(i.ours.bytes)} (${i.ours.packages})`,
    `${kb(i.theirs.bytes)} (${i.theirs.packages})`,
    `${fmt(i.theirs.bytes / i.ours.bytes, 0)}x smaller`,
    "≤ 5 MB",
    i.ours.bytes <= 5 * 1024 * 1024 ? "yes" : "no",
  ]);
  const bt = r.batch;
  rows.push([
    `${bt.keys} keys at 20 rps: s, errors`,
    `${fmt(bt.ours.seconds, 1)} s, ${bt.ours.errors} errors`,
    `${fmt(bt.theirs.seconds, 1)} s, ${bt.theirs.errors} errors`,
    "–",
    bt.keys === 200 ? "≤ 10.6 s, 0 errors" : "0 errors",
    bt.ours.errors === 0 && (bt.keys !== 200 || bt.ours.seconds <= 10.6) ? "yes" : "no",
  ]);
  const m = r.mocked;
  if (m) {
    rows.push([
      `mocked calls/s, ${m.concurrency} concurrent, signed: msw in process / mock serve over HTTP`,
      `${fmt(m.inProcess, 0)} / ${fmt(m.overHttp, 0)}`,
      `bare node:http, fixed reply: ${fmt(m.bare, 0)}`,
      `${fmt(m.ratios.inProcess)}x / ${fmt(m.ratios.overHttp)}x of bare`,
      "reported",
      "–",
    ]);
  }
  return rows
    .map(
      (row, index) => `| ${row.join(" | ")} |${index === 0 ? `\n|${row.map(() => "---").join("|")}|` : ""}`,
    )
    .join("\n");
}

const cases = [
  ["signing", signing],
  ["e2e", endToEnd],
  ["coldStart", coldStart],
  ["cliStart", cliStart],
  ["redis", redisLimiter],
  ["sizes", sizes],
  ["costs", typesAndGenerator],
  ["batch", rateLimitedBatch],
  [
    "mocked",
    () => mockedCalls({ key: KEY, params: PARAMS, calls: n(2_000, 60), rounds: n(5, 1), startServer }),
  ],
];
const only = option("--only", undefined)?.split(",");
const outcome = [];
for (const [name, fn] of cases.filter(([name]) => !only || only.includes(name))) {
  log(`bench: ${name}...`);
  try {
    results[name] = await fn();
    outcome.push({ title: name, status: "passed" });
  } catch (error) {
    outcome.push({ title: name, status: "failed" });
    log(`bench: ${name} failed: ${error.stack}`);
  }
}
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  date: new Date().toISOString(),
  quick,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ machine, results }, null, 2)}\n`);
if (only) console.log(JSON.stringify(results, (key, value) => (key === "ratios" ? undefined : value), 2));
else if (outcome.every((o) => o.status === "passed"))
  console.log(`\n${table(results)}\n\nmachine: ${JSON.stringify(machine)}`);
if (report) {
  const passed = outcome.filter((o) => o.status === "passed").length;
  writeFileSync(
    join(benchDir, report),
    JSON.stringify({
      numPassedTests: passed,
      numFailedTests: outcome.length - passed,
      testResults: [
        {
          name: "bench --quick",
          status: passed === outcome.length ? "passed" : "failed",
          assertionResults: outcome,
        },
      ],
    }),
  );
}
process.exit(outcome.every((o) => o.status === "passed") ? 0 : 1);
