// `pnpm demo`: the README's first command. Builds what is needed, then two scenes against the built-in mocks
// (no network, no credentials):
//  1. API 2021-08-20: the documented instance in the readable view (lifecycle timeline, latest log).
//  2. API 2025-08-06: find the failed instance, rerun it, wait for the job, see it completed.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PROJECT = "1460947878944567296";
const wedata = (args, options = {}) =>
  spawnSync(process.execPath, [join(root, "scripts/wedata.mjs"), ...args], { stdio: "inherit", ...options });
const scene = (title) => process.stdout.write(`\n\x1b[1m== ${title}\x1b[0m\n\n`);

scene("API 2021-08-20: one instance, its lifecycle and its log");
let result = wedata([
  "get-task-instance",
  "--mock",
  "--project-id",
  PROJECT,
  "--instance-key",
  "20250326150742906_2025-03-28 00:00:00",
  "--time-zone",
  "UTC+6",
  "--output",
  "text",
]);
if (result.status !== 0) process.exit(result.status ?? 1);

scene("API 2025-08-06: find the failed instance, rerun it, wait, see it completed");
const v = ["--api-version", "2025-08-06"];
const found = wedata(
  [
    ...v,
    "list-task-instances",
    "--mock",
    "--project-id",
    PROJECT,
    "--instance-state",
    "EXPIRED",
    "--output",
    "json",
  ],
  {
    stdio: ["inherit", "pipe", "inherit"],
    encoding: "utf8",
  },
);
if (found.status !== 0) process.exit(found.status ?? 1);
const failed = JSON.parse(found.stdout).Data.Items[0];
process.stdout.write(`failed: ${failed.TaskName} ${failed.InstanceKey} (${failed.InstanceState})\n\n`);
result = wedata([
  ...v,
  "rerun-task-instances-async",
  "--mock",
  "--project-id",
  PROJECT,
  "--instance-key-list",
  failed.InstanceKey,
  "--yes",
  "--wait",
  "--interval",
  "200ms",
  "--output",
  "text",
]);
process.exit(result.status ?? 1);
