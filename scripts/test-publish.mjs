// `pnpm test:publish`: the release flow for real, against a throwaway Verdaccio on 127.0.0.1.
//  1. a temporary copy of the repository runs `changeset version` and `changeset publish` (pnpm publish);
//  2. fresh projects install the published packages with npm and with pnpm and run an ESM TypeScript consumer
//     (moduleResolution nodenext and bundler), a require() consumer, a call through the client against
//     @wedata-openapi/msw, and `wedata --help` from the installed CLI.
// Verdaccio is stopped by its PID at the end, always. Results go to .reports/publish.json.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createChecks } from "./checks.mjs";
import { copyRepo } from "./repo-copy.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "wedata-publish-"));
const checks = createChecks("publish");
const { check } = checks;
const sh = (command, args, cwd, env) => checks.must(command, args, cwd, env);
let verdaccio;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startVerdaccio() {
  const port = await freePort();
  const storage = join(work, "storage");
  mkdirSync(storage);
  const config = join(work, "verdaccio.yaml");
  writeFileSync(
    config,
    [
      `storage: ${storage}`,
      "auth:",
      `  htpasswd: { file: ${join(work, "htpasswd")}, max_users: 10 }`,
      "uplinks:",
      "  npmjs: { url: https://registry.npmjs.org/, timeout: 60s }",
      "packages:",
      "  '@wedata-openapi/*': { access: $all, publish: $authenticated }",
      "  '**': { access: $all, proxy: npmjs }",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const bin = join(root, "e2e/node_modules/.bin/verdaccio");
  verdaccio = spawn(bin, ["--config", config, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  verdaccio.stdout.on("data", (d) => process.stdout.write(`[verdaccio] ${d}`));
  verdaccio.stderr.on("data", (d) => process.stderr.write(`[verdaccio] ${d}`));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  const user = await fetch(`${url}-/user/org.couchdb.user:ci`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "ci", password: "ci-password-not-secret", email: "ci@example.com" }),
  });
  const { token } = await user.json();
  if (!token) throw new Error(`verdaccio gave no token (HTTP ${user.status})`);
  return { url, token, host: `127.0.0.1:${port}` };
}

async function stopVerdaccio() {
  if (!verdaccio?.pid || verdaccio.exitCode !== null) return;
  const exited = new Promise((resolve) => verdaccio.once("exit", resolve));
  try {
    process.kill(-verdaccio.pid, "SIGTERM");
  } catch {}
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (verdaccio.exitCode === null) {
    try {
      process.kill(-verdaccio.pid, "SIGKILL");
    } catch {}
  }
}
process.on("exit", () => {
  if (verdaccio?.pid && verdaccio.exitCode === null) {
    try {
      process.kill(-verdaccio.pid, "SIGKILL");
    } catch {}
  }
});
process.on("SIGINT", () => process.exit(130));

try {
  const registry = await startVerdaccio();
  const npmrc = `registry=${registry.url}\n//${registry.host}/:_authToken=${registry.token}\n`;

  // 1. A copy of the repository: tracked and new files as they are in the working tree.
  const repo = join(work, "repo");
  copyRepo(root, repo);
  writeFileSync(join(repo, ".npmrc"), npmrc);
  // The rehearsal has no GitHub token for changelog links; every other setting stays as committed.
  const configPath = join(repo, ".changeset/config.json");
  const config = JSON.parse(readFileSync(configPath, "utf8"));
  writeFileSync(configPath, JSON.stringify({ ...config, changelog: false }, null, 2));
  writeFileSync(
    join(repo, "pnpm-workspace.yaml"),
    readFileSync(join(repo, "pnpm-workspace.yaml"), "utf8").replace(/^reporter: silent$/m, ""),
  );
  const env = { npm_config_registry: registry.url, CI: "true" };
  sh("pnpm", ["install", "--frozen-lockfile", "--prefer-offline", "--reporter=append-only"], repo, env);
  sh("pnpm", ["exec", "changeset", "version"], repo, env);
  sh("pnpm", ["install", "--lockfile-only", "--prefer-offline", "--reporter=append-only"], repo, env);
  sh("pnpm", ["exec", "turbo", "run", "build"], repo, env);
  sh("pnpm", ["exec", "changeset", "publish"], repo, env);

  const published = ["schema-core", "schema", "tc3-fetch", "client", "msw", "cli"].map(
    (n) => `@wedata-openapi/${n}`,
  );
  const versions = {};
  check("every public package is on the registry at its new version", () => {
    for (const name of published) {
      const local = JSON.parse(
        readFileSync(
          join(
            repo,
            name === "@wedata-openapi/cli" ? "apps/cli" : `packages/${name.split("/")[1]}`,
            "package.json",
          ),
          "utf8",
        ),
      ).version;
      const remote = JSON.parse(
        sh("npm", ["view", name, "version", "--json", "--registry", registry.url], work),
      );
      if (remote !== local)
        throw new Error(`${name}: registry has ${remote}, changeset version made ${local}`);
      versions[name] = remote;
    }
    const manifest = JSON.parse(
      sh(
        "npm",
        ["view", "@wedata-openapi/client", "dependencies", "--json", "--registry", registry.url],
        work,
      ),
    );
    if (Object.values(manifest).some((range) => String(range).startsWith("workspace:"))) {
      throw new Error(`workspace: ranges were published: ${JSON.stringify(manifest)}`);
    }
  });

  // 2. Consumers.
  const consumer = {
    "esm.ts": `import { createWedataClient, instanceState, TencentCloudApiError, type InstanceDetailVO } from "@wedata-openapi/client";
import { fromEnv } from "@wedata-openapi/tc3-fetch/node";
import { signTc3 } from "@wedata-openapi/tc3-fetch";
import type { paths } from "@wedata-openapi/schema";
import type { TaskInstanceDetail } from "@wedata-openapi/client/v20250806";
import type { operations as Ops2025 } from "@wedata-openapi/schema/v20250806";
import { createWedataHandlers, fixtures } from "@wedata-openapi/msw";
const client = createWedataClient({ region: "ap-guangzhou", credentials: { secretId: "a", secretKey: "b" } });
const detail: Promise<InstanceDetailVO | null> = client.getTaskInstance({ ProjectId: "1", InstanceKey: "1_2025-01-01 00:00:00" });
const name: string = instanceState(2).name;
const handlers = createWedataHandlers({ instances: { k: fixtures.getTaskInstance } });
type Post = paths["/#GetTaskInstance"]["post"];
type State2025 = TaskInstanceDetail["InstanceState"];
type Rerun = Ops2025["RerunTaskInstancesAsync"];
export { detail, name, handlers, fromEnv, signTc3, TencentCloudApiError };
export type { Post, State2025, Rerun };
`,
    "require.cjs": `const { createWedataClient, instanceState } = require("@wedata-openapi/client");
const { fixtures } = require("@wedata-openapi/msw");
if (typeof createWedataClient !== "function") throw new Error("no createWedataClient");
if (instanceState(2).group !== "succeeded") throw new Error("instanceState");
if (fixtures.getTaskInstance.TaskName !== "dq_test_dylan_shell_01") throw new Error("fixtures");
console.log("require ok");
`,
    "call.mjs": `import { createWedataClient } from "@wedata-openapi/client";
import { createWedataHandlers } from "@wedata-openapi/msw";
import { setupServer } from "msw/node";
const key = { secretId: "AKIDconsumer", secretKey: "consumer-secret" };
const server = setupServer(...createWedataHandlers({ credentials: key }));
server.listen({ onUnhandledRequest: "error" });
const detail = await createWedataClient({ region: "ap-guangzhou", credentials: key }).getTaskInstance({
  ProjectId: "1460947878944567296", InstanceKey: "20250326150742906_2025-03-28 00:00:00" });
const page = await createWedataClient({ region: "ap-guangzhou", credentials: key }).listInstances({
  ProjectId: "1460947878944567296", ScheduleTimeFrom: "2025-03-28 00:00:00", ScheduleTimeTo: "2025-03-28 23:59:59" });
if (detail?.TaskName !== "dq_test_dylan_shell_01") throw new Error("unexpected " + JSON.stringify(detail));
if (!(page?.TotalCount > 1)) throw new Error("unexpected " + JSON.stringify(page));
// API 2025-08-06 from its own entries, side by side with 2021-08-20.
const v2025 = await import("@wedata-openapi/client/v20250806");
const ops = await import("@wedata-openapi/msw/v20250806");
server.resetHandlers(...ops.createWedataHandlers({ credentials: key }));
const c25 = v2025.createWedataClient({ region: "ap-guangzhou", credentials: key });
const started = await c25.rerunTaskInstancesAsync({ ProjectId: "1460947878944567296", InstanceKeyList: ["20250714200100001_2025-10-01 00:00:00"] });
const job = await v2025.waitForOpsAsyncJob(c25, { ProjectId: "1460947878944567296", AsyncId: started.AsyncId }, { intervalMs: 100 });
server.close();
if (job.Status !== "SUCCESS") throw new Error("unexpected " + JSON.stringify(job));
console.log("call ok");
`,
  };
  const tsconfig = (moduleResolution) =>
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "ES2022",
        module: moduleResolution === "bundler" ? "ESNext" : "NodeNext",
        moduleResolution,
        skipLibCheck: false,
        types: [],
        lib: ["ES2023", "DOM"],
      },
      files: ["esm.ts"],
    });
  const deps = [...published, "msw@^2.11", "typescript@5.9.3"];

  for (const manager of ["npm", "pnpm"]) {
    const dir = join(work, `consumer-${manager}`);
    mkdirSync(dir);
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: `consumer-${manager}`, private: true, type: "module" }),
    );
    writeFileSync(join(dir, ".npmrc"), `registry=${registry.url}\n`);
    for (const [file, text] of Object.entries(consumer)) writeFileSync(join(dir, file), text);
    check(`${manager}: installs the published packages`, () => {
      const env = { npm_config_registry: registry.url };
      if (manager === "npm") sh("npm", ["install", "--no-audit", "--no-fund", ...deps], dir, env);
      else sh("pnpm", ["add", "--reporter=append-only", ...deps], dir, env);
    });
    for (const resolution of ["nodenext", "bundler"]) {
      check(`${manager}: tsc --noEmit with moduleResolution ${resolution}`, () => {
        writeFileSync(join(dir, `tsconfig.${resolution}.json`), tsconfig(resolution));
        sh(join(dir, "node_modules/.bin/tsc"), ["-p", `tsconfig.${resolution}.json`], dir);
      });
    }
    check(`${manager}: require() of the ESM packages (Node >= 20.19)`, () => {
      if (!sh("node", ["require.cjs"], dir).includes("require ok")) throw new Error("no output");
    });
    check(`${manager}: a call through the client against @wedata-openapi/msw`, () => {
      if (!sh("node", ["call.mjs"], dir).includes("call ok")) throw new Error("no output");
    });
    check(`${manager}: npx wedata --help from the installed CLI`, () => {
      const help = sh("npx", ["--no-install", "wedata", "--help"], dir);
      if (!help.includes("get-task-instance")) throw new Error(help);
    });
  }

  // tc3-fetch alone (openapi-fetch is only an optional peer): its root and /node types must stand by themselves.
  const alone = join(work, "tc3-fetch-alone");
  mkdirSync(alone);
  writeFileSync(
    join(alone, "package.json"),
    JSON.stringify({ name: "alone", private: true, type: "module" }),
  );
  writeFileSync(join(alone, ".npmrc"), `registry=${registry.url}\n`);
  writeFileSync(
    join(alone, "alone.ts"),
    `import { createRateLimiter, createTencentCloudFetch, signTc3, TencentCloudApiError } from "@wedata-openapi/tc3-fetch";
import { defaultCredentials, fromProfile } from "@wedata-openapi/tc3-fetch/node";
const limiter = createRateLimiter({ requestsPerSecond: 10 });
const fetch = createTencentCloudFetch({ credentials: defaultCredentials(), service: "cvm", rateLimit: limiter, proxy: false });
export const sign = signTc3;
export const profile = fromProfile({ profile: "ci" });
export { fetch, TencentCloudApiError };
`,
  );
  writeFileSync(
    join(alone, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "nodenext",
        skipLibCheck: false,
        types: ["node"],
        lib: ["ES2023", "DOM"],
      },
      files: ["alone.ts"],
    }),
  );
  check(
    "tc3-fetch installed alone (no openapi-fetch): its root and /node types check with skipLibCheck false",
    () => {
      sh(
        "npm",
        [
          "install",
          "--no-audit",
          "--no-fund",
          "@wedata-openapi/tc3-fetch",
          "typescript@5.9.3",
          "@types/node@^20.19.0",
        ],
        alone,
        { npm_config_registry: registry.url },
      );
      if (readdirSync(join(alone, "node_modules")).includes("openapi-fetch"))
        throw new Error("openapi-fetch was installed");
      sh(join(alone, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], alone);
    },
  );
} catch (error) {
  checks.fail("registry rehearsal", error);
} finally {
  await stopVerdaccio();
  rmSync(work, { recursive: true, force: true });
}
process.exit(checks.finish(root));
