// Generates everything this package derives from the specs, deterministically. For every
// spec/wedata/<version>/openapi.yaml it writes src/generated/v<yyyymmdd>/:
//   openapi.json            the spec as JSON
//   types.ts                types from openapi-typescript
//   index.ts                aliases of every named schema, per-action header types, the version's entry
//   actions.ts              the action table: name, version, rate limit, idempotency, request validator
//   response-validators.ts  the response-body validator of every action (mocks and tests use them)
//   examples.ts             the spec's examples as typed fixtures
//   parameters.ts           every action's request members, for generated command lines
//   validators/<Action>.request.js, validators/<Action>.response.js (+ .d.ts), validators/index.ts
// Nothing here names an action or a version: both come from the specs.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { describeOperations } from "./operations.mjs";
import { ruleNames, ruleSource } from "./request-rules.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const specRoot = join(here, "../../../spec/wedata");
const outRoot = join(here, "../src/generated");

/** `2021-08-20` -> `v20210820`, the way the official SDKs name versions. */
export const versionId = (version) => `v${version.replaceAll("-", "")}`;

// Keywords that document a schema but never change what it accepts: dropped before compiling validators,
// so the emitted code carries no prose.
const ANNOTATIONS = new Set([
  "description",
  "examples",
  "example",
  "summary",
  "title",
  "default",
  "deprecated",
]);
function stripAnnotations(value) {
  if (Array.isArray(value)) return value.map(stripAnnotations);
  if (!value || typeof value !== "object") return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    // `properties` maps names to schemas: a property may well be called Description or Title.
    out[key] =
      key === "properties"
        ? Object.fromEntries(Object.entries(inner).map(([k, v]) => [k, stripAnnotations(v)]))
        : stripAnnotations(inner);
  }
  return out;
}

function createAjv() {
  const ajv = new Ajv({
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    // The first problem only, in ajv's order (type, required, unknown members, then values), as the request
    // rules report it.
    allErrors: false,
    messages: false,
    code: { source: true, esm: true, lines: true, optimize: true },
  });
  for (const keyword of ["components", "discriminator", "xml", "externalDocs"]) ajv.addKeyword(keyword);
  return ajv;
}

const banner = (specFile) =>
  `// Generated from ${specFile} by packages/schema/scripts/generate.mjs.\n// Do not edit: change the spec and run \`pnpm generate\`.\n`;

const json = (value) => JSON.stringify(value, null, 2);
const indent = (text) => text.replaceAll("\n", "\n    ");

/** Declarations in an order where each comes after the ones it refers to. */
function orderByDependencies(items) {
  const done = new Set();
  const ordered = [];
  const visit = (item, path = new Set()) => {
    if (done.has(item.name) || path.has(item.name)) return;
    path.add(item.name);
    for (const ref of item.refs)
      visit(
        items.find((i) => i.name === ref),
        path,
      );
    done.add(item.name);
    ordered.push(item);
  };
  for (const item of items) visit(item);
  return ordered;
}

async function generateVersion(dirName) {
  const specFile = `spec/wedata/${dirName}/openapi.yaml`;
  const spec = parse(readFileSync(join(specRoot, dirName, "openapi.yaml"), "utf8"));
  const version = String(spec.info?.version ?? "");
  if (version !== dirName) throw new Error(`${specFile}: info.version is "${version}", not "${dirName}"`);
  const id = versionId(version);
  const out = join(outRoot, id);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "validators"), { recursive: true });
  const head = banner(specFile);
  const sharedRules = new Map();
  const operations = describeOperations(spec, specFile, sharedRules);
  // The path key names the action; an operation that leaves operationId out gets it, so the types are keyed
  // by action either way.
  for (const { action } of operations) spec.paths[`/#${action}`].post.operationId ??= action;

  writeFileSync(join(out, "openapi.json"), `${json(spec)}\n`);
  const ast = await openapiTS(spec, {
    immutable: false,
    alphabetize: false,
    exportType: false,
    defaultNonNullable: false,
  });
  writeFileSync(join(out, "types.ts"), head + astToString(ast));

  // Validators: compiled from the same document, so run-time checks and types never disagree. One module per
  // action and direction: a bundle carries only the validators it imports (the package has no side effects).
  const ajv = createAjv();
  const $defs = {};
  for (const op of operations) $defs[`${op.action}ResponseBody`] = stripAnnotations(op.responseSchema);
  ajv.addSchema({ $id: "wedata", components: stripAnnotations(spec.components ?? {}), $defs }, "wedata");
  const validatorNames = new Set();
  // Requests: rule tables for the one interpreter every client bundle carries (src/request-rules.ts). A rule
  // of a named schema is written once and shared by every member and action that refers to it.
  const named = [...sharedRules.keys()].sort();
  const sharedSource = named.map((name) => {
    const refs = ruleNames(sharedRules.get(name)).filter((n) => n !== name);
    return { name, refs, code: `export const ${name}: RequestRule = ${ruleSource(sharedRules.get(name))};` };
  });
  writeFileSync(
    join(out, "validators", "shared-rules.ts"),
    `${head}import type { RequestRule } from "../../../request-rules.js";\n\n` +
      "// Rules of the named schemas that request members refer to (in dependency order).\n" +
      `${orderByDependencies(sharedSource)
        .map((r) => r.code)
        .join("\n")}\n`,
  );
  for (const op of operations) {
    const uses = ruleNames(op.requestRule);
    writeFileSync(
      join(out, "validators", `${op.action}.request.ts`),
      `${head}import { createRequestValidator } from "../../../request-rules.js";\nimport type { operations } from "../types.js";\n` +
        (uses.length ? `import { ${uses.join(", ")} } from "./shared-rules.js";\n` : "") +
        `\n/** Checks a ${op.action} request body against the spec before anything is sent. */\n` +
        `export const validate${op.action}Request = /* @__PURE__ */ createRequestValidator<${op.requestType}>(${ruleSource(op.requestRule)});\n`,
    );
    // Responses: ajv standalone code (mocks and tests check what they serve and receive).
    const exportsMap = {
      [`validate${op.action}ResponseBody`]: {
        ref: `wedata#/$defs/${op.action}ResponseBody`,
        type: op.responseBodyType,
      },
    };
    // The named schema of `Data`, when there is one, gets a validator of its own.
    if (op.dataSchemaName && !validatorNames.has(`validate${op.dataSchemaName}`)) {
      exportsMap[`validate${op.dataSchemaName}`] = {
        ref: `wedata#/components/schemas/${op.dataSchemaName}`,
        type: `components["schemas"]["${op.dataSchemaName}"]`,
      };
    }
    const refs = Object.fromEntries(Object.entries(exportsMap).map(([name, { ref }]) => [name, ref]));
    const file = `${op.action}.response`;
    writeFileSync(join(out, "validators", `${file}.js`), `${head}${standaloneCode(ajv, refs)}\n`);
    const declarations = Object.entries(exportsMap).map(
      ([name, { type }]) => `export declare const ${name}: CompiledValidator<${type}>;`,
    );
    writeFileSync(
      join(out, "validators", `${file}.d.ts`),
      `${head}import type { CompiledValidator } from "../../../validator-types.js";\nimport type { components, operations } from "../types.js";\n${declarations.join("\n")}\n`,
    );
    for (const name of Object.keys(exportsMap)) validatorNames.add(name);
  }
  writeFileSync(
    join(out, "validators/index.ts"),
    head +
      operations
        .flatMap((op) => [
          `export * from "./${op.action}.request.js";`,
          `export * from "./${op.action}.response.js";`,
        ])
        .join("\n") +
      `\nexport { responseValidators } from "../response-validators.js";\n`,
  );

  // The action table: what a client needs at run time, nothing more (no prose, no response validators).
  const actionImports = operations
    .map((op) => `import { validate${op.action}Request } from "./validators/${op.action}.request.js";`)
    .join("\n");
  const actionRows = operations
    .map(
      (op) =>
        `  ${op.action}: {\n    version,\n    rateLimit: ${op.rateLimit},\n    idempotent: ${op.idempotent},\n` +
        (op.checkWith ? `    checkWith: ${JSON.stringify(op.checkWith)},\n` : "") +
        `    validateRequest: validate${op.action}Request,\n  },`,
    )
    .join("\n");
  writeFileSync(
    join(out, "actions.ts"),
    `${head}import type { ActionInfo } from "../../action-info.js";\nimport type { operations } from "./types.js";\n${actionImports}\n\n` +
      `/** The API version of this table. */\nexport const version = "${version}" as const;\n\n` +
      `/** Every action of API ${version}, keyed by name. */\nexport const actions = {\n${actionRows}\n} as const satisfies Record<keyof operations, ActionInfo>;\n`,
  );

  writeFileSync(
    join(out, "response-validators.ts"),
    `${head}${operations.map((op) => `import { validate${op.action}ResponseBody } from "./validators/${op.action}.response.js";`).join("\n")}\n\n` +
      `/** The validator of every action's whole response body (\`{ Response }\`). */\nexport const responseValidators = {\n${operations.map((op) => `  ${op.action}: validate${op.action}ResponseBody,`).join("\n")}\n} as const;\n`,
  );

  // Examples: the spec's own, typed by their action (the schema test validates each against the spec).
  const exampleRows = operations.map(
    (op) =>
      `  ${op.action}: {\n    request: ${op.requestExample === undefined ? "undefined" : indent(json(op.requestExample))},\n` +
      `    response: ${indent(json(op.responseExample))},\n  },`,
  );
  const exampleTypes = operations.map(
    (op) =>
      `  ${op.action}: {\n    request: ${op.requestExample === undefined ? "undefined" : `RequestOf<operations, "${op.action}">`};\n` +
      `    response: { Response: ActionResponseOf<operations, "${op.action}"> };\n  };`,
  );
  writeFileSync(
    join(out, "examples.ts"),
    `${head}import type { ActionResponseOf, RequestOf } from "../../action-types.js";\nimport type { operations } from "./types.js";\n\n` +
      `/** Each action's documented request and successful response body. */\nexport type Examples = {\n${exampleTypes.join("\n")}\n};\n\n` +
      "/** The spec's examples (typed here; checked against the spec by the schema package's tests). */\n" +
      `export const examples = {\n${exampleRows.join("\n")}\n} as unknown as Examples;\n`,
  );

  writeFileSync(
    join(out, "parameters.ts"),
    `${head}import type { ActionParameters } from "../../action-info.js";\n\n` +
      "/** Each action's summary and request members, as the spec describes them (for command lines and forms). */\n" +
      `export const parameters = ${json(Object.fromEntries(operations.map((op) => [op.action, op.parameters])))} as const satisfies Record<string, ActionParameters>;\n`,
  );

  const schemaNames = Object.keys(spec.components?.schemas ?? {});
  const aliases = schemaNames
    .map((name) => `export type ${name} = components["schemas"]["${name}"];`)
    .join("\n");
  const headerAliases = operations
    .map((op) => `export type ${op.action}Headers = operations["${op.action}"]["parameters"]["header"];`)
    .join("\n");
  writeFileSync(
    join(out, "index.ts"),
    `${head}import type { ActionDataOf, ActionResponseOf, RequestOf, ResponseBodyOf } from "../../action-types.js";\n` +
      `import type { components, operations } from "./types.js";\n\n` +
      `export type { components, operations, paths, webhooks } from "./types.js";\n` +
      `export { actions, version } from "./actions.js";\n` +
      "// Examples, request members and response validators have entries of their own: loading this one stays cheap.\n" +
      `export type { Examples } from "./examples.js";\n\n` +
      "/** Every action of this version. */\nexport type ActionName = keyof operations;\n" +
      "/** The request body of an action. */\nexport type ActionRequest<A extends ActionName> = RequestOf<operations, A>;\n" +
      "/** The whole HTTP 200 body of an action: `{ Response: success | error }`. */\nexport type ActionResponseBody<A extends ActionName> = ResponseBodyOf<operations, A>;\n" +
      "/** The content of `Response` on success (`{ Data, RequestId, ... }`). */\nexport type ActionResponse<A extends ActionName> = ActionResponseOf<operations, A>;\n" +
      "/** The `Data` of a successful response. */\nexport type ActionData<A extends ActionName> = ActionDataOf<operations, A>;\n\n" +
      `${aliases}\n${headerAliases}\n`,
  );
  return { id, version, actions: operations.map((op) => op.action) };
}

const versions = readdirSync(specRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
mkdirSync(outRoot, { recursive: true });
// Generated folders of versions whose spec is gone must not linger.
for (const entry of readdirSync(outRoot, { withFileTypes: true })) {
  if (!versions.map(versionId).includes(entry.name)) rmSync(join(outRoot, entry.name), { recursive: true });
}
for (const dirName of versions) {
  const { id, actions } = await generateVersion(dirName);
  console.log(`generated src/generated/${id}: ${actions.join(", ")}`);
}
