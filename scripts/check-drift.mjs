// Two drift checks: the specs must be what `pnpm spec:import` makes of the vendored metadata and the overlays
// (byte for byte), and the generated code what `pnpm generate` makes of the specs. An edit of either without
// regenerating must never reach main. Compares the files themselves, before and after.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { mustRun } from "./run.mjs";

// The generator writes two packages: what a client needs at run time (schema-core) and the documents (schema).
const generated = ["packages/schema-core/src/generated", "packages/schema/src/generated"];
const snapshot = () =>
  new Map(
    generated.flatMap((dir) =>
      existsSync(dir)
        ? readdirSync(dir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => {
              const path = join(entry.parentPath, entry.name);
              return [relative(".", path), readFileSync(path, "utf8")];
            })
        : [],
    ),
  );

mustRun("node", ["scripts/spec/import.mjs", "--check"]);
const before = snapshot();
mustRun("node", ["packages/schema/scripts/generate.mjs"]);
const after = snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
  (f) => before.get(f) !== after.get(f),
);
if (changed.length > 0) {
  console.error(
    `\n✗ Generated files were stale (now regenerated; review and commit them): ${changed.join(", ")}`,
  );
  process.exit(1);
}
console.log("✓ generated types, tables and validators match the specs");
