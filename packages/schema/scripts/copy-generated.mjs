// tsc compiles the TypeScript; the generated JavaScript validators and the JSON document are copied as they are.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
mkdirSync(join(root, "dist/generated"), { recursive: true });
for (const file of [
  "validators-request.js",
  "validators-request.d.ts",
  "validators-response.js",
  "validators-response.d.ts",
]) {
  copyFileSync(join(root, "src/generated", file), join(root, "dist/generated", file));
}
copyFileSync(join(root, "src/generated/openapi.json"), join(root, "dist/openapi.json"));
