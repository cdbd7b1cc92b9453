// What a TypeScript consumer's compiler opens, held to issue "Costs that stay flat" (the bench times it): a file of
// one version's calls reads nothing of the other version, and the client's and transport's declarations are a
// handful of bundled files, since tsc pays for every declaration file it resolves, reads and binds.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const here = fileURLToPath(new URL("..", import.meta.url));
const options: ts.CompilerOptions = {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
  skipLibCheck: true,
  types: ["node"],
};

/** A program of one consumer module (an ES module beside this package's node_modules), as `tsc` would build it. */
function consumer(source: string) {
  const file = `${here}consumer.mts`;
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? source : readFile.call(host, name));
  host.getSourceFile = (name, language, ...rest) =>
    name === file
      ? ts.createSourceFile(name, source, language, true)
      : getSourceFile.call(host, name, language, ...rest);
  const program = ts.createProgram([file], options, host);
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  const files = program.getSourceFiles().map((f) => f.fileName);
  return { errors, files };
}

const call2021 = `import { createWedataClient } from "@wedata-openapi/client";
const a = createWedataClient({ region: "ap-guangzhou" });
export const one = await a.getTaskInstance({ ProjectId: "1", InstanceKey: "1_2025-01-01 00:00:00" });
`;
const call2025 = `import { createWedataClient } from "@wedata-openapi/client/v20250806";
const b = createWedataClient({ region: "ap-guangzhou" });
export const two = await b.getTaskInstance({ ProjectId: "1", InstanceKey: "1_2025-01-01 00:00:00" });
`;
// The bench's consumer file: one call of each version.
const callsOfBoth = `import { createWedataClient } from "@wedata-openapi/client";
import { createWedataClient as create2025 } from "@wedata-openapi/client/v20250806";
export const one = await createWedataClient({ region: "ap-guangzhou" }).getTaskInstance({ ProjectId: "1", InstanceKey: "k" });
export const two = await create2025({ region: "ap-guangzhou" }).getTaskInstance({ ProjectId: "1", InstanceKey: "k" });
`;
const ours = (files: string[], name: string) =>
  files.filter((f) => new RegExp(`/(?:packages|@wedata-openapi)/${name}/dist/`).test(f));

// Each program reads @types/node and the DOM library: seconds on a busy machine, not a measure of anything here.
const COMPILING = { timeout: 120_000 };

describe("a consumer's tsc", () => {
  it("checks a call of API 2025-08-06 without opening a file of 2021-08-20", COMPILING, () => {
    const { errors, files } = consumer(call2025);
    expect(errors).toEqual([]);
    expect(files.some((f) => f.includes("/generated/v20250806/"))).toBe(true);
    expect(files.filter((f) => f.includes("v20210820"))).toEqual([]);
  });

  it("checks a call of API 2021-08-20 without opening a file of 2025-08-06", COMPILING, () => {
    const { errors, files } = consumer(call2021);
    expect(errors).toEqual([]);
    expect(files.filter((f) => f.includes("v20250806"))).toEqual([]);
  });

  it("opens the client's and the transport's declarations as a few bundled files", COMPILING, () => {
    const { errors, files } = consumer(callsOfBoth);
    expect(errors).toEqual([]);
    // Both versions' entries, their shared chunks, the transport's entry and its chunks: tsc's own output was
    // about forty files.
    expect(ours(files, "client").length).toBeGreaterThanOrEqual(2);
    expect(ours(files, "client").length).toBeLessThanOrEqual(5);
    expect(ours(files, "tc3-fetch").length).toBeGreaterThanOrEqual(1);
    expect(ours(files, "tc3-fetch").length).toBeLessThanOrEqual(4);
    // The versions' entries list every model by name and alias every action's headers: the client's types read
    // the `/<version>/client` entries, which leave both out.
    expect(files.filter((f) => /\/generated\/v\d{8}\/client\.d\.ts$/.test(f))).toHaveLength(2);
    expect(files.filter((f) => /\/generated\/v\d{8}\/index\.d\.ts$/.test(f))).toEqual([]);
  });

  it("reports a wrong parameter of a generated method at the call", COMPILING, () => {
    const { errors } = consumer(call2025.replace('ProjectId: "1"', "ProjectId: 1"));
    expect(errors.join("\n")).toMatch(/Type 'number' is not assignable to type 'string'/);
  });
});
