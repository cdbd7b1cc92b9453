// `@wedata-openapi/schema/<version>/actions/<Action>` (a subpath of the first releases) is the action's module
// in @wedata-openapi/schema-core, re-exported: one copy of each row and rule however a user imports it. The
// names come from the version's catalog, which lists every action.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const generated = join(root, "src/generated");
for (const version of readdirSync(generated)) {
  const catalog = JSON.parse(readFileSync(join(generated, version, "catalog.json"), "utf8"));
  const out = join(root, "dist/generated", version, "actions");
  mkdirSync(out, { recursive: true });
  for (const action of Object.keys(catalog)) {
    const line = `export * from "@wedata-openapi/schema-core/${version}/actions/${action}";\n`;
    writeFileSync(join(out, `${action}.js`), line);
    writeFileSync(join(out, `${action}.d.ts`), line);
  }
}
