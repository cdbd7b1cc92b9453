// Builds `@wedata-openapi/schema/<version>/actions/<Action>`: one self-contained module per action (its row,
// its request validator and the rules they use), importing only the shared rule interpreter. A separate pass
// from the package build on purpose: as entries of the same code-split build, every action would pull the
// shared code into a chunk of its own, and Node, loading a version's table, would open hundreds of files. Here
// the aggregates (`/actions`, the version's `actions` table) stay a few files, and a bundle that imports one
// action's module reaches nothing the aggregates share, so a code-splitting bundler can load those lazily.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const generated = join(root, "src/generated");
const interpreter = join(root, "src/request-rules.ts");

for (const version of readdirSync(generated)) {
  const dir = join(generated, version, "actions");
  const entryPoints = readdirSync(dir)
    .filter((name) => name.endsWith(".ts") && name !== "index.ts")
    .map((name) => join(dir, name));
  await build({
    entryPoints,
    outdir: join(root, "dist/generated", version, "actions"),
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    charset: "utf8",
    logLevel: "warning",
    plugins: [
      {
        // The interpreter is the package's own `./request-rules` entry: one copy, shared with the aggregates.
        name: "shared-interpreter",
        setup(b) {
          b.onResolve({ filter: /request-rules\.js$/ }, (args) =>
            join(args.resolveDir, args.path).replace(/\.js$/, ".ts") === interpreter
              ? { path: "../../../request-rules.js", external: true }
              : undefined,
          );
        },
      },
    ],
  });
}
