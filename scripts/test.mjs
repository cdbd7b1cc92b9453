// `pnpm test`: lint, the generated-files drift check, the changeset check, typecheck, every package's tests
// and package hygiene (publint, attw), then one
// closing line "N passed, N failed" summed over all suites.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mustRun } from "./run.mjs";
import { reportFiles, summarize } from "./summary.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
// Reports of earlier runs must not count; turbo restores the ones it replays from cache. The suites that
// .ci/run adds after this one (node matrix, publish, regen) write theirs to .reports/ afresh.
for (const file of reportFiles(root)) rmSync(file);

// Chromium, redis-server and openssl, from Debian when missing (a fresh machine has none of them).
mustRun("bash", ["scripts/ensure-system-packages.sh"]);
mustRun("pnpm", ["run", "lint"]);
mustRun("pnpm", ["run", "check:drift"]);
mustRun("pnpm", ["run", "check:changeset"]);
mustRun("pnpm", ["exec", "turbo", "run", "typecheck", "test", "lint:package"]);
// Browser suites one package at a time: two Chromiums on two cores only slow each other down.
mustRun("pnpm", ["exec", "turbo", "run", "test:browser", "--concurrency=1"]);

const { passed, failed, rows } = summarize(root);
for (const row of rows) console.log(`  ${row}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
