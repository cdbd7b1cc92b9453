// The generated types are openapi-typescript's, reshaped (scripts/compact-types.mjs): models declared once by
// name, `operations` and `paths` mapped over one line per action. The reshaping must not change a type: for
// every version, the compiler checks each operation, path item and model of the committed types (as the version's
// entry gives them: `components["schemas"]` is listed there) against openapi-typescript's own output for the
// same spec, both ways.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { openapiTypes } from "../scripts/openapi-types.mjs";

const generated = fileURLToPath(new URL("../src/generated/", import.meta.url));
const coreGenerated = fileURLToPath(new URL("../../schema-core/src/generated/", import.meta.url));
const versions = readdirSync(generated).filter((name) => /^v\d{8}$/.test(name));
const dir = mkdtempSync(join(tmpdir(), "wedata-compact-types-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Names of `Original`'s members that `Compact` lacks or types differently (mutual assignability). */
const CHECK = `
type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;
type Differs<Original, Compact> = {
  [K in keyof Original | keyof Compact]: K extends keyof Original
    ? K extends keyof Compact
      ? Same<Original[K], Compact[K]> extends true ? never : K
      : K
    : K;
}[keyof Original | keyof Compact];
type None<T> = [T] extends [never] ? true : T;
`;

function diagnosticsOf(version: string, original: string): string[] {
  const originalFile = join(dir, `${version}-original.ts`);
  const checkFile = join(dir, `${version}-check.ts`);
  writeFileSync(originalFile, original);
  writeFileSync(
    checkFile,
    `import type * as O from "./${version}-original.ts";\nimport type * as N from ${JSON.stringify(join(coreGenerated, version, "index.ts"))};\n${CHECK}\n` +
      "export const operations: None<Differs<O.operations, N.operations>> = true;\n" +
      "export const paths: None<Differs<O.paths, N.paths>> = true;\n" +
      'export const schemas: None<Differs<O.components["schemas"], N.components["schemas"]>> = true;\n' +
      'export const parameters: None<Differs<O.components["parameters"], N.components["parameters"]>> = true;\n' +
      'export const responses: None<Differs<O.components["responses"], N.components["responses"]>> = true;\n',
  );
  const program = ts.createProgram([checkFile], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n").slice(0, 400));
}

describe.each(versions)("the compact types of %s", (version) => {
  it("type every operation, path item and model as openapi-typescript does", async () => {
    const spec = JSON.parse(readFileSync(join(generated, version, "openapi.json"), "utf8"));
    const original = await openapiTypes(spec);
    const compact = readFileSync(join(coreGenerated, version, "types.ts"), "utf8");
    expect(compact).toMatch(/^export type operations = \{\n {4}\[A in keyof ActionTypes\]/m);
    expect(diagnosticsOf(version, original)).toEqual([]);
  }, 120_000);
});
