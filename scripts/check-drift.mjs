// Regenerates everything derived from the spec and fails when the committed copy differs:
// a spec edit without `pnpm generate` must never reach main.
import { execFileSync } from "node:child_process";
import { mustRun } from "./run.mjs";

mustRun("pnpm", ["--filter", "@wedata-openapi/schema", "run", "generate"]);
const generated = "packages/schema/src/generated";
const changed = execFileSync("git", ["status", "--porcelain", "--", generated], { encoding: "utf8" }).trim();
if (changed) {
  console.error(`\n✗ Generated files are stale; run \`pnpm generate\` and commit:\n${changed}`);
  execFileSync("git", ["--no-pager", "diff", "--stat", "--", generated], { stdio: "inherit" });
  process.exit(1);
}
console.log("✓ generated types and validators match the spec");
