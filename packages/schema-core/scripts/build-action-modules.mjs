// Builds `@wedata-openapi/schema-core/<version>/actions/<Action>`: each action's module, each named rule's module and
// the version constant, one output file per source file (no bundling), importing the rule interpreter from the
// package's own `./request-rules` entry. A separate pass from the package build on purpose: as entries of the
// same code-split build, every action would pull the shared code into a chunk of its own, and Node, loading a
// version's table, would open hundreds of files. Here the aggregates (`/actions`, the version's `actions`
// table) stay a few files, and a bundle that imports one action's module reaches nothing the aggregates load
// but the interpreter, so a code-splitting bundler can leave the aggregates to a lazily loaded chunk.
import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const generated = join(root, "src/generated");

const entryPoints = readdirSync(generated).flatMap((version) => {
  const dir = join(generated, version);
  const modules = (folder) =>
    readdirSync(join(dir, folder))
      .filter((name) => name.endsWith(".ts") && name !== "index.ts")
      .map((name) => join(dir, folder, name));
  return [...modules("actions"), ...modules("rules"), join(dir, "version.ts")];
});

await build({
  entryPoints: entryPoints.map((file) => relative(root, file)),
  absWorkingDir: root,
  outdir: "dist",
  outbase: "src",
  bundle: false,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  charset: "utf8",
  logLevel: "warning",
});
