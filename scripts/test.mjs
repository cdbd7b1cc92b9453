// `pnpm test`: lint, the generated-files drift check, the changeset check, typecheck, every package's tests
// and package hygiene (publint, attw), then one
// closing line "N passed, N failed" summed over all suites.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./run.mjs";
import { reportFiles, summarize } from "./summary.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
// Reports of earlier runs must not count; turbo restores the ones it replays from cache. The suites that
// .ci/run adds after this one (node matrix, publish, regen) write theirs to .reports/ afresh.
for (const file of reportFiles(root)) rmSync(file);

// Every step runs even when one fails, so that the closing line counts everything; a failed step counts as a
// failure of its own (its suites may have written no report).
const steps = [
  // Chromium, redis-server and openssl, from Debian when missing (a fresh machine has none of them).
  ["bash", ["scripts/ensure-system-packages.sh"]],
  ["pnpm", ["run", "lint"]],
  ["pnpm", ["run", "check:drift"]],
  ["pnpm", ["run", "check:changeset"]],
  ["pnpm", ["exec", "turbo", "run", "typecheck", "test", "lint:package", "--continue"]],
  // Browser suites one package at a time: two Chromiums on two cores only slow each other down.
  ["pnpm", ["exec", "turbo", "run", "test:browser", "--concurrency=1", "--continue"]],
];
const failedSteps = [];
for (const [command, args] of steps) {
  if (run(command, args) !== 0) failedSteps.push([command, ...args].join(" "));
}

const { passed, failed, rows } = summarize(root);
for (const row of rows) console.log(`  ${row}`);
for (const step of failedSteps) console.log(`  failed step: ${step}`);
console.log(`${passed} passed, ${failed + failedSteps.length} failed`);
process.exit(failed + failedSteps.length > 0 || passed === 0 ? 1 : 0);
