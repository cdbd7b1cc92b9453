// `pnpm spec:diff [--base <git-ref>] [--json]`: what changed in spec/wedata/*/openapi.yaml between a git ref
// (default HEAD) and the working tree, per version and action, classified (see diff.mjs): a Markdown report,
// or with --json `{ bump, versions: { <version>: { added, removed, changes } } }`.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { diffSpecs, markdownReport } from "./diff.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Every version's spec in the working tree, parsed. */
export function specsInTree(repo = root) {
  const dir = join(repo, "spec/wedata");
  return Object.fromEntries(
    readdirSync(dir)
      .filter((v) => existsSync(join(dir, v, "openapi.yaml")))
      .map((v) => [v, parse(readFileSync(join(dir, v, "openapi.yaml"), "utf8"))]),
  );
}

/** Every version's spec at a git ref, parsed (a version missing there is left out). */
export function specsAt(ref, repo = root) {
  const git = (...args) =>
    execFileSync("git", args, { cwd: repo, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const files = git("ls-tree", "-r", "--name-only", ref, "--", "spec/wedata")
    .split("\n")
    .filter((f) => /^spec\/wedata\/[^/]+\/openapi\.yaml$/.test(f));
  return Object.fromEntries(files.map((f) => [f.split("/")[2], parse(git("show", `${ref}:${f}`))]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--base");
  const base = at >= 0 ? args[at + 1] : "HEAD";
  if (at >= 0 && !base) {
    console.error("spec:diff: --base needs a git ref");
    process.exit(2);
  }
  let before;
  try {
    before = specsAt(base);
  } catch (error) {
    console.error(`spec:diff: cannot read the specs at ${base} (${error.message.split("\n")[0]})`);
    process.exit(2);
  }
  const diff = diffSpecs(before, specsInTree());
  process.stdout.write(
    args.includes("--json")
      ? `${JSON.stringify(diff, null, 2)}\n`
      : `# Spec changes (${diff.bump})\n\n${markdownReport(diff)}`,
  );
}
