// `pnpm spec:import [--check]`: reproduces spec/wedata/<version>/openapi.yaml (and the import report beside
// it) from the vendored metadata (metadata/wedata/v<yyyymmdd>/) and each version's hand-written overlay.yaml.
// With --check it writes nothing and fails when a committed file differs from what it would write.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importVersion } from "./pipeline.mjs";
import { writeTree } from "./write-tree.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Every version of a metadata folder, `v20210820` -> `2021-08-20`. */
export function metadataVersions(metadataDir) {
  return readdirSync(join(metadataDir, "wedata"), { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^v\d{8}$/.test(e.name))
    .map((e) => e.name)
    .sort();
}

/**
 * The files `spec:import` writes for every version, as { relative path: text }: the metadata of
 * `metadataDir` (default the repository's), the overlays of `repo`.
 */
export async function importAll(repo = root, metadataDir = join(repo, "metadata")) {
  const provenance = JSON.parse(readFileSync(join(metadataDir, "PROVENANCE.json"), "utf8"));
  const files = {};
  for (const dir of metadataVersions(metadataDir)) {
    const read = (name) => JSON.parse(readFileSync(join(metadataDir, "wedata", dir, name), "utf8"));
    const version = `${dir.slice(1, 5)}-${dir.slice(5, 7)}-${dir.slice(7)}`;
    const overlayFile = join(repo, "spec/wedata", version, "overlay.yaml");
    // English documentation, where Tencent Cloud International's metadata is vendored (the repository's
    // metadata/intl-en/: an update of the Chinese release keeps it).
    const englishFile = join(repo, "metadata/intl-en/wedata", dir, "api.json");
    const result = await importVersion({
      api: read("api.json"),
      examples: read("examples.json"),
      provenance,
      overlay: existsSync(overlayFile) ? readFileSync(overlayFile, "utf8") : undefined,
      overlayName: `spec/wedata/${version}/overlay.yaml`,
      english: existsSync(englishFile) ? JSON.parse(readFileSync(englishFile, "utf8")) : undefined,
    });
    files[`spec/wedata/${version}/openapi.yaml`] = result.yaml;
    files[`spec/wedata/${version}/import-report.md`] = result.report;
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes("--check");
  try {
    const files = await importAll();
    const changed = writeTree(root, files, { check });
    if (check && changed.length) {
      console.error(
        `spec:import would change ${changed.join(", ")}: run \`pnpm spec:import\` and commit the result`,
      );
      process.exit(1);
    }
    console.log(
      check
        ? "spec:import: the specs match the metadata and overlays"
        : `spec:import: ${Object.keys(files).length} files, ${changed.length} changed`,
    );
  } catch (error) {
    console.error(`spec:import: ${error.message}`);
    process.exit(1);
  }
}
