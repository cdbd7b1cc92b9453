// esbuild bundles the JavaScript (scripts/build-package.mjs) and tsc writes declarations; the JSON documents
// are copied without their indentation (the committed sources keep it for review).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(root, "src/generated");
for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
  // The response validators' models are bundled into the validators module that imports them: not shipped twice.
  if (entry.name === "schemas.json") continue;
  const source = join(entry.parentPath, entry.name);
  const target = join(root, "dist/generated", relative(from, source));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(JSON.parse(readFileSync(source, "utf8"))));
}
