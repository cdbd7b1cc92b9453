// `pnpm wedata <args>`: builds the CLI and what it depends on when needed (a turbo cache hit otherwise),
// then runs it with the given arguments. Build output is shown (on stderr) only when the build fails, so
// stdout and stderr stay the CLI's own.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = spawnSync(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@wedata-openapi/cli...",
    "--output-logs=errors-only",
    "--log-order=stream",
  ],
  { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
);
if (build.status !== 0) {
  process.stderr.write(build.stdout);
  process.stderr.write(build.stderr);
  process.exit(build.status ?? 1);
}
const cli = spawnSync(process.execPath, [join(root, "apps/cli/dist/cli.js"), ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(cli.status ?? 1);
