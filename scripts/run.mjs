// Small helpers for the repository's own scripts: run a command with inherited output, fail loudly.
import { spawnSync } from "node:child_process";

export function run(command, args, options = {}) {
  const printable = [command, ...args].join(" ");
  console.log(`\n$ ${printable}`);
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function mustRun(command, args, options = {}) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(" ")} exited with ${status}`);
    process.exit(status);
  }
}
