// esbuild bundles the JavaScript (scripts/build-package.mjs) and tsc writes declarations; the JSON documents
// are copied without their indentation (the committed sources keep it for review), and the declarations keep
// less of theirs.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(root, "src/generated");
for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(d\.ts|json)$/.test(entry.name)) continue;
  // The response validators' models are bundled into the validators module that imports them: not shipped twice.
  if (entry.name === "schemas.json") continue;
  const source = join(entry.parentPath, entry.name);
  const target = join(root, "dist/generated", relative(from, source));
  mkdirSync(dirname(target), { recursive: true });
  if (entry.name.endsWith(".json"))
    writeFileSync(target, JSON.stringify(JSON.parse(readFileSync(source, "utf8"))));
  else copyFileSync(source, target);
}

// tsc writes the declarations with four spaces per level; the generated ones are megabytes of nesting. One
// space per level keeps their structure readable in an editor at a quarter of the indentation's weight.
const declarations = join(root, "dist/generated");
for (const entry of readdirSync(declarations, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".d.ts")) continue;
  const file = join(entry.parentPath, entry.name);
  const text = readFileSync(file, "utf8");
  writeFileSync(
    file,
    text.replace(/^((?: {4})+)/gm, (indent) => " ".repeat(indent.length / 4)),
  );
}
