// `pnpm spec:update --from <dir> [--tool-version <x.y.z>] [--released <yyyy-mm-dd>]`: takes a newer release of
// Tencent's API metadata, re-imports every version with the overlays, regenerates, and writes a changeset whose
// bumps and text come from the classified diff (diff.mjs). `<dir>` holds `v<yyyymmdd>/{api.json,examples.json}`
// (the layout of metadata/wedata/), or is a tencentcloud-cli release with them under `tccli/services/wedata/`.
// Everything is staged first: an overlay entry that no longer matches (its action or member is gone) stops the
// update, naming the entry, before anything is written; a failing generator puts the old files back.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { diffSpecs, higher, markdownReport } from "./diff.mjs";
import { importAll, metadataVersions } from "./import.mjs";
import { checkedToolVersion, checkProvenance } from "./names.mjs";
import { specsInTree } from "./spec-diff.mjs";
import { writeTree } from "./write-tree.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const PACKAGES = {
  types: ["@wedata-openapi/schema-core", "@wedata-openapi/schema", "@wedata-openapi/client"],
  surface: ["@wedata-openapi/msw", "@wedata-openapi/cli"],
};

/** The folder with `v<yyyymmdd>/api.json` inside `dir`, in either layout. */
export function metadataFolder(dir) {
  for (const candidate of [join(dir, "tccli/services/wedata"), join(dir, "wedata"), dir]) {
    if (
      existsSync(candidate) &&
      readdirSync(candidate).some((v) => /^v\d{8}$/.test(v) && existsSync(join(candidate, v, "api.json")))
    )
      return candidate;
  }
  throw new Error(`${dir} has no v<yyyymmdd>/api.json (nor tccli/services/wedata/v<yyyymmdd>/api.json)`);
}

/** The tool's version: the argument, the release's own `tccli/__init__.py`, or a version in the folder's name. */
export function toolVersion(dir, given) {
  if (given) return checkedToolVersion(given, "--tool-version");
  const init = join(dir, "tccli/__init__.py");
  if (existsSync(init)) {
    const match = /__version__\s*=\s*['"]([^'"]+)['"]/.exec(readFileSync(init, "utf8"));
    if (match) return checkedToolVersion(match[1], init);
  }
  const fromName = /(\d+\.\d+\.\d+(?:\.\d+)?)/.exec(resolve(dir));
  if (fromName) return fromName[1];
  throw new Error(`cannot tell the tencentcloud-cli version of ${dir}: pass --tool-version`);
}

/** What the mocks and the CLI show changes with actions and request members; responses reach them as examples. */
function surfaceBump(diff) {
  let bump = "none";
  for (const { added, removed, changes } of Object.values(diff.versions)) {
    if (removed.length) bump = higher(bump, "major");
    if (added.length) bump = higher(bump, "minor");
    for (const change of changes) bump = higher(bump, change.where === "request" ? change.bump : "patch");
  }
  return bump === "none" && diff.bump !== "none" ? "patch" : bump;
}

/** The changeset of an update: each package bumped as far as the change reaches it, the report as its body. */
export function changesetFor(diff, version) {
  const surface = surfaceBump(diff);
  const bumps = [
    ...PACKAGES.types.map((name) => [name, diff.bump]),
    ...PACKAGES.surface.map((name) => [name, surface]),
  ].filter(([, bump]) => bump !== "none");
  return `---\n${bumps.map(([name, bump]) => `"${name}": ${bump}`).join("\n")}\n---\n\nWeData API metadata from tencentcloud-cli ${version} (a ${diff.bump} change).\n\n${markdownReport(diff)}`;
}

export async function update({
  from,
  toolVersion: givenVersion,
  released,
  repo = root,
  today = new Date().toISOString().slice(0, 10),
}) {
  const source = metadataFolder(from);
  const version = toolVersion(from, givenVersion);
  const sourceVersions = readdirSync(source)
    .filter((v) => /^v\d{8}$/.test(v))
    .sort();
  for (const dir of metadataVersions(join(repo, "metadata"))) {
    if (!sourceVersions.includes(dir))
      throw new Error(`${from} has no ${dir}: an API version cannot disappear in an update`);
  }
  // Stage the new metadata, then import from it: an overlay that no longer matches fails here.
  const stage = mkdtempSync(join(tmpdir(), "wedata-spec-update-"));
  try {
    const files = {};
    for (const dir of sourceVersions) {
      for (const name of ["api.json", "examples.json"]) {
        const file = join(source, dir, name);
        if (!existsSync(file)) throw new Error(`${relative(process.cwd(), file)} is missing`);
        const text = readFileSync(file, "utf8");
        try {
          JSON.parse(text);
        } catch (error) {
          throw new Error(`${file} is not JSON (${error.message})`);
        }
        files[`metadata/wedata/${dir}/${name}`] = text;
      }
    }
    const provenance = {
      tool: "tencentcloud-cli",
      version,
      released: released ?? "unknown",
      source: "tccli/services/wedata/<version>/{api.json,examples.json}",
      license: "Apache-2.0 (metadata/LICENSE)",
      imported: today,
    };
    checkProvenance(provenance, "--released");
    files["metadata/PROVENANCE.json"] = `${JSON.stringify(provenance, null, 2)}\n`;
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(stage, path, ".."), { recursive: true });
      writeFileSync(join(stage, path), text);
    }
    const imported = await importAll(repo, join(stage, "metadata"));
    Object.assign(files, imported);

    const before = specsInTree(repo);
    const after = Object.fromEntries(
      Object.entries(imported)
        .filter(([path]) => path.endsWith("/openapi.yaml"))
        .map(([path, text]) => [path.split("/")[2], parse(text)]),
    );
    const diff = diffSpecs(before, after);
    if (diff.bump !== "none")
      files[`.changeset/wedata-metadata-${version.replaceAll(".", "-")}.md`] = changesetFor(diff, version);

    const previous = Object.fromEntries(
      Object.keys(files).map((path) => [
        path,
        existsSync(join(repo, path)) ? readFileSync(join(repo, path), "utf8") : undefined,
      ]),
    );
    const changed = writeTree(repo, files);
    const generated = spawnSync(process.execPath, ["packages/schema/scripts/generate.mjs"], {
      cwd: repo,
      encoding: "utf8",
    });
    if (generated.status !== 0) {
      // Put everything back as it was, so the tree is never half-updated.
      writeTree(repo, Object.fromEntries(Object.entries(previous).filter(([, text]) => text !== undefined)));
      for (const [path, text] of Object.entries(previous))
        if (text === undefined) rmSync(join(repo, path), { force: true });
      spawnSync(process.execPath, ["packages/schema/scripts/generate.mjs"], { cwd: repo });
      throw new Error(`pnpm generate failed; nothing was changed:\n${generated.stderr || generated.stdout}`);
    }
    return { diff, changed, version };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const from = option("--from");
  if (!from) {
    console.error("usage: pnpm spec:update --from <dir> [--tool-version <x.y.z>] [--released <yyyy-mm-dd>]");
    process.exit(2);
  }
  try {
    const { diff, changed, version } = await update({
      from,
      toolVersion: option("--tool-version"),
      released: option("--released"),
    });
    console.log(
      `spec:update: tencentcloud-cli ${version} (${basename(from)}): ${changed.length} files changed, a ${diff.bump} change`,
    );
    console.log(markdownReport(diff));
  } catch (error) {
    console.error(`spec:update: ${error.message}`);
    process.exit(1);
  }
}
