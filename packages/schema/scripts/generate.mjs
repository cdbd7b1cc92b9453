// Generates everything this package derives from the spec, deterministically, into src/generated/:
//   openapi.json   the spec as JSON (exported as @wedata-openapi/schema/openapi.json)
//   wedata.ts      types from openapi-typescript
//   validators.ts  ajv standalone validators compiled from the spec's own schemas (no ajv at run time)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const specPath = join(here, "../../../spec/wedata/2021-08-20/openapi.yaml");
const out = join(here, "../src/generated");
mkdirSync(out, { recursive: true });

const banner =
  "// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.\n// Do not edit: change the spec and run `pnpm generate`.\n";

const spec = parse(readFileSync(specPath, "utf8"));
writeFileSync(join(out, "openapi.json"), `${JSON.stringify(spec, null, 2)}\n`);

const ast = await openapiTS(spec, {
  immutable: false,
  alphabetize: false,
  exportType: false,
  defaultNonNullable: false,
});
writeFileSync(join(out, "wedata.ts"), banner + astToString(ast));

// Validators: compiled from the same document, so runtime checks and types never disagree.
const ajv = new Ajv2020({
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  allErrors: true,
  // Callers build their own messages from keyword and params; leaving ajv's out keeps bundles small.
  messages: false,
  code: { source: true, esm: true, lines: true, optimize: true },
});
// OpenAPI-only keywords (and the components container the refs point into) are annotations for ajv.
for (const keyword of ["components", "discriminator", "xml", "externalDocs", "example"])
  ajv.addKeyword(keyword);
ajv.addSchema({ $id: "wedata", components: spec.components }, "wedata");
// One module per concern: bundlers drop a whole unused module (the package has no side effects), but not
// the unused half of one, because ajv's standalone code assigns properties at module level.
const modules = {
  "validators-request": { validateGetTaskInstanceRequest: "GetTaskInstanceRequest" },
  "validators-response": {
    validateGetTaskInstanceResponseBody: "GetTaskInstanceResponseBody",
    validateInstanceDetailVO: "InstanceDetailVO",
  },
};
for (const [file, exportsMap] of Object.entries(modules)) {
  const refs = Object.fromEntries(
    Object.entries(exportsMap).map(([name, type]) => [name, `wedata#/components/schemas/${type}`]),
  );
  writeFileSync(join(out, `${file}.js`), `${banner}${standaloneCode(ajv, refs)}\n`);
  const declarations = Object.entries(exportsMap).map(
    ([name, type]) => `export declare const ${name}: CompiledValidator<components["schemas"]["${type}"]>;`,
  );
  writeFileSync(
    join(out, `${file}.d.ts`),
    `${banner}import type { CompiledValidator } from "../validator-types.js";\nimport type { components } from "./wedata.js";\n${declarations.join("\n")}\n`,
  );
}
console.log(`generated ${out}: openapi.json, wedata.ts, ${Object.keys(modules).join(", ")}`);
