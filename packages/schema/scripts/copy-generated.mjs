// esbuild bundles the JavaScript (scripts/build-package.mjs) and tsc writes declarations; the declarations of
// the generated ajv validators (JavaScript, bundled in) and the JSON documents are copied as they are.
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(root, "src/generated");
for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(d\.ts|json)$/.test(entry.name)) continue;
  const source = join(entry.parentPath, entry.name);
  const target = join(root, "dist/generated", relative(from, source));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
}
