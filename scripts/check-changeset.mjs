// A change to the spec or to a published package's source must come with a changeset, or the release would
// ship it without a version bump or a changelog entry. Compares the working tree with the last release tag
// (`@wedata-openapi/<name>@<version>`, as `changeset publish` tags), or with the first commit before any release.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const git = (...args) =>
  execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();

let base;
try {
  const tags = git("tag", "--list", "@wedata-openapi/*@*", "--sort=-creatordate", "--merged", "HEAD")
    .split("\n")
    .filter(Boolean);
  base = tags[0] ?? git("rev-list", "--max-parents=0", "HEAD").split("\n").at(-1);
} catch {
  console.log("check-changeset: not a git checkout with history; skipped");
  process.exit(0);
}

const published = new Set();
for (const group of ["packages", "apps"]) {
  for (const name of readdirSync(group)) {
    try {
      const manifest = JSON.parse(readFileSync(`${group}/${name}/package.json`, "utf8"));
      if (!manifest.private) published.add(`${group}/${name}/`);
    } catch {}
  }
}
const changed = [
  ...git("diff", "--name-only", base).split("\n"),
  ...git("ls-files", "--others", "--exclude-standard").split("\n"),
].filter(Boolean);
const relevant = changed.filter(
  (file) => file.startsWith("spec/") || [...published].some((dir) => file.startsWith(`${dir}src/`)),
);
const changesets = changed.filter((file) => /^\.changeset\/(?!README\.md$)[^/]+\.md$/.test(file));

if (relevant.length > 0 && changesets.length === 0) {
  console.error(
    `✗ ${relevant.length} file(s) of the spec or published sources changed since ${base} without a changeset:\n` +
      relevant
        .slice(0, 10)
        .map((f) => `  ${f}`)
        .join("\n") +
      "\nRun `pnpm changeset` and commit the file it writes.",
  );
  process.exit(1);
}
// Every pending changeset must parse as `changeset version` will read it (frontmatter and all).
try {
  execFileSync("pnpm", ["exec", "changeset", "status"], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
} catch (error) {
  console.error(
    `✗ a changeset does not parse:\n${String(error.stdout ?? "")}${String(error.stderr ?? "")}`.slice(
      0,
      3000,
    ),
  );
  process.exit(1);
}
console.log(
  `✓ changesets: ${changesets.length} pending for ${relevant.length} changed source file(s) since ${base.slice(0, 40)}`,
);
