// Generates everything the schema packages derive from the specs, deterministically. For every
// spec/wedata/<version>/openapi.yaml it writes v<yyyymmdd>/ in two packages. What a client needs at run time goes
// to @wedata-openapi/schema-core (packages/schema-core/src/generated, `--part core`):
//   types.ts                openapi-typescript's types, reshaped (compact-types.mjs): every model a declaration of
//                           its own, `operations` and `paths` mapped over one line per action; client.ts: the
//                           entry a client's types read; index.ts: the entry (client.ts, `components["schemas"]`,
//                           each action's header alias)
//   rules/<Name>.ts         the request rule of a named schema, written once and shared by every action
//   actions/<Action>.ts     one module per action: its row (version, limit, idempotency, request validator)
//   actions/index.ts        every row, for the modular client (a bundle keeps the rows it imports)
//   actions.ts              the action table (the aggregated client, the mocks, the CLI)
//   names.ts                every action's name in one string (the aggregated client before it loads rows)
//   paging.ts               how each paged action pages and the type of its items (paging.mjs): `paginate`
// The documents go to @wedata-openapi/schema (packages/schema/src/generated, `--part documents`), whose entries
// re-export the core's (index.ts, actions/index.ts, names.ts), so an application's installed client stays small:
//   openapi.json            the spec as JSON (references, the console, tests)
//   schemas.json            the components without prose: what response validation compiles (once, lazily)
//   validators/index.ts     request validators and lazily compiled response validators
//   examples.ts             each action's request and successful response, typed (the mocks answer with them)
//   catalog.json            a compact index of the actions (summary, group, read or write) for lists
//   members/<Action>.json   one action's summary, description and request members (a command line, a form)
//   parameters.ts           every action's members in one module (kept for its first users)
//   resources.ts            the resource families the mocks keep state for (resources.mjs)
//   model-report.md         which actions page and which families are stateful, and why others are not
// Nothing here names an action or a version: both come from the specs.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { ANNOTATIONS } from "../../../scripts/spec/conventions.mjs";
import { checkSpecNames } from "../../../scripts/spec/names.mjs";
import { compactTypes, schemasList } from "./compact-types.mjs";
import { documentFiles } from "./emit-documents.mjs";
import { modelReport, pagingModule, resourcesModule } from "./emit-resources.mjs";
import { openapiTypes } from "./openapi-types.mjs";
import { describeOperations, resolver } from "./operations.mjs";
import { pagedActions } from "./paging.mjs";
import { ruleNames, ruleSource } from "./request-rules.mjs";
import { resourceFamilies } from "./resources.mjs";

// Tencent's descriptions end many response members with a note that the member may be null; the type says
// so (`| null`), and request forms of the same models never are, so the types leave the note to the spec.
const NULL_NOTE = /\n[ \t]*\*[ \t]*注意：此字段可能返回 null，表示取不到有效值。$/gm;
// A header that refers to a shared parameter (`components["parameters"]`) is documented there, once; copying
// that text into every operation would repeat it once per action.
const SHARED_PARAMETER_DOC =
  /^[ \t]*\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n(?=[ \t]*"[^"]+"\??: components\["parameters"\]\["\w+"\];$)/gm;

/** The declarations' documentation without what they would repeat per member or per action. */
const compactDocs = (types) =>
  types
    .replace(SHARED_PARAMETER_DOC, "")
    .replace(NULL_NOTE, "")
    // A comment left with its tag alone (`@description` and nothing else) says nothing.
    .replace(/^[ \t]*\/\*\* @description \*\/\n/gm, "")
    // What is left of a comment on one line is written on one line.
    .replace(/^([ \t]*)\/\*\*\n[ \t]*\* ([^\n]*)\n[ \t]*\*\/$/gm, "$1/** $2 */");

const here = dirname(fileURLToPath(import.meta.url));
const specRoot = join(here, "../../../spec/wedata");
const outRoots = {
  core: join(here, "../../schema-core/src/generated"),
  documents: join(here, "../src/generated"),
};
const corePackage = "@wedata-openapi/schema-core";
// Without `--part`, both (the drift check, the update command); each package's `generate` writes its own.
const partArg = process.argv.find((arg) => arg.startsWith("--part"));
const parts = partArg
  ? [partArg.includes("=") ? partArg.split("=")[1] : process.argv[process.argv.indexOf(partArg) + 1]]
  : Object.keys(outRoots);
for (const part of parts)
  if (!(part in outRoots)) throw new Error(`--part ${part}: expected core or documents`);

/** `2021-08-20` -> `v20210820`, the way the official SDKs name versions. */
export const versionId = (version) => `v${version.replaceAll("-", "")}`;

// Keywords that document a schema but never change what it accepts (conventions.mjs): dropped from what
// validators compile.
const DOCUMENTING = new Set(ANNOTATIONS);
function stripAnnotations(value) {
  if (Array.isArray(value)) return value.map(stripAnnotations);
  if (!value || typeof value !== "object") return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (DOCUMENTING.has(key) || key.startsWith("x-")) continue;
    // `properties` maps names to schemas: a property may well be called Description or Title.
    out[key] =
      key === "properties"
        ? Object.fromEntries(Object.entries(inner).map(([k, v]) => [k, stripAnnotations(v)]))
        : stripAnnotations(inner);
  }
  return out;
}

const banner = (specFile) =>
  `// Generated from ${specFile} by packages/schema/scripts/generate.mjs.\n// Do not edit: change the spec and run \`pnpm generate\`.\n`;
const json = (value) => JSON.stringify(value, null, 2);

/**
 * Named rules as getters built on first use (request-rules.ts `lazyRule`), one module each: loading a version
 * creates no rule objects, a rule may refer to any other (cycles included), and a bundle that code-splits
 * keeps only the rules its static part uses (a shared module of every rule would be kept whole).
 */
function namedRuleModules(rules, head) {
  return [...rules.keys()].sort().map((name) => {
    const rule = rules.get(name);
    const imports = ruleNames(rule)
      .filter((other) => other !== name)
      .map((other) => `import { ${other} } from "./${other}.js";\n`)
      .join("");
    return [
      `rules/${name}.ts`,
      `${head}import { lazyRule, type RuleRef } from "../../../request-rules.js";\n${imports}\n` +
        `export const ${name}: RuleRef = /* @__PURE__ */ lazyRule(() => (${ruleSource(rule, new Set())}));\n`,
    ];
  });
}

/** Where a version's generated folder is written before it replaces the committed one. */
const stagingOf = (out) => `${out}.staging`;

async function generateVersion(dirName) {
  const specFile = `spec/wedata/${dirName}/openapi.yaml`;
  const spec = parse(readFileSync(join(specRoot, dirName, "openapi.yaml"), "utf8"));
  const version = String(spec.info?.version ?? "");
  if (version !== dirName) throw new Error(`${specFile}: info.version is "${version}", not "${dirName}"`);
  checkSpecNames(spec, specFile);
  const id = versionId(version);
  const writers = {};
  for (const part of parts) {
    // Written beside the committed folder and swapped in only when the whole version is written (publish).
    const out = stagingOf(join(outRoots[part], id));
    rmSync(out, { recursive: true, force: true });
    for (const dir of part === "core" ? ["actions", "rules"] : ["actions", "validators", "members"])
      mkdirSync(join(out, dir), { recursive: true });
    writers[part] = (file, text) => writeFileSync(join(out, file), text);
  }
  const none = () => {};
  const core = writers.core ?? none;
  const write = writers.documents ?? none;
  const head = banner(specFile);
  const coreVersion = `${corePackage}/${id}`;
  const sharedRules = new Map();
  let schemaNames = [];
  const operations = describeOperations(spec, specFile, sharedRules);
  // The path key names the action; an operation that leaves operationId out gets it, so the types are keyed
  // by action either way.
  for (const { action } of operations) spec.paths[`/#${action}`].post.operationId ??= action;

  // What pages (the client's paginate, the mocks' lists) and the resource families the mocks keep state for.
  const resolve = resolver(spec, specFile);
  const paged = pagedActions(operations, resolve);
  const model = resourceFamilies(operations, resolve, paged);
  core("paging.ts", pagingModule(paged, head));
  write("resources.ts", resourcesModule(model.families, head));
  write("model-report.md", modelReport(version, paged, model.families, model.static));

  write("openapi.json", `${json(spec)}\n`);
  write(
    "schemas.json",
    `${JSON.stringify({ components: { schemas: stripAnnotations(spec.components?.schemas ?? {}) } })}\n`,
  );
  if (writers.core) {
    const actionTypes = operations.map((op) => ({
      action: op.action,
      requestSchema: op.requestSchemaName,
      responseBodySchema: op.responseBodySchemaName,
    }));
    const compact = compactTypes(compactDocs(await openapiTypes(spec)), actionTypes);
    core("types.ts", head + compact.types);
    schemaNames = compact.schemas;
  }

  // Request rules: tables for the one interpreter every client bundle carries (src/request-rules.ts). A rule of
  // a named schema is written once and shared by every member and action that refers to it.
  for (const [file, text] of namedRuleModules(sharedRules, head)) core(file, text);

  for (const op of operations) {
    const uses = ruleNames(op.requestRule);
    const row = [
      `  action: "${op.action}",`,
      "  version,",
      `  rateLimit: ${op.rateLimit},`,
      `  idempotent: ${op.idempotent},`,
      ...(op.checkWith ? [`  checkWith: ${JSON.stringify(op.checkWith)},`] : []),
      `  returnsData: ${op.hasData},`,
      `  validateRequest: validate${op.action}Request,`,
    ];
    core(
      `actions/${op.action}.ts`,
      `${head}import type { ActionRow } from "../../../action-info.js";\nimport type { ActionResultOf } from "../../../action-types.js";\nimport { createRequestValidator, lazyRule } from "../../../request-rules.js";\nimport type { CompiledValidator } from "../../../validator-types.js";\n` +
        `import type { operations } from "../types.js";\nimport { version } from "../version.js";\n` +
        // Under a prefix: a named schema may share its name with the action (the row's own constant).
        uses.map((name) => `import { ${name} as rule${name} } from "../rules/${name}.js";\n`).join("") +
        `\n/** Checks a ${op.action} request body against the spec before anything is sent. */\n` +
        // Annotated: the declaration names the request type instead of spelling out its members.
        `export const validate${op.action}Request: CompiledValidator<${op.requestType}> = /* @__PURE__ */ createRequestValidator<${op.requestType}>(/* @__PURE__ */ lazyRule(() => (${ruleSource(op.requestRule, undefined, "rule")})));\n\n` +
        `/** ${op.action}${op.deprecated ? " (deprecated)" : ""}: what a client needs to send it. */\n` +
        `${op.deprecated ? "/** @deprecated Tencent marks this action deprecated. */\n" : ""}` +
        `export const ${op.action}: ActionRow<"${op.action}", ${op.requestType}, ActionResultOf<operations, "${op.action}">> = {\n${row.join("\n")}\n};\n`,
    );
  }
  core(
    "version.ts",
    `${head}/** The API version of this folder, as sent in \`X-TC-Version\`. */\nexport const version = "${version}" as const;\n`,
  );
  core(
    "actions/index.ts",
    `${head}// Every action's row and request validator; import only those you call and a bundle keeps only those.\n` +
      `${operations.map((op) => `export { ${op.action}, validate${op.action}Request } from "./${op.action}.js";`).join("\n")}\n`,
  );
  core(
    "names.ts",
    `${head}import type { operations } from "./types.js";\n\n` +
      "/**\n * Every action of this version by name, as one string: what the aggregated client holds before its first call\n" +
      " * (browsers load the rows then). Order and content are those of `actions`.\n */\n" +
      `export const actionNames = /* @__PURE__ */ "${operations.map((op) => op.action).join(" ")}".split(" ") as readonly (keyof operations & string)[];\n`,
  );
  core(
    "actions.ts",
    `${head}import type { ActionRow } from "../../action-info.js";\nimport type { ActionResultOf, RequestOf } from "../../action-types.js";\nimport * as rows from "./actions/index.js";\nimport type { operations } from "./types.js";\n\n` +
      `export { version } from "./version.js";\n\n` +
      // Typed from `operations` in one line: the declaration neither restates every row nor makes a consumer's
      // compiler open a file per action (as a type through the rows' modules would).
      `/** Every action of API ${version}, keyed by name. */\nexport const actions: { readonly [A in keyof operations]: ActionRow<A, RequestOf<operations, A>, ActionResultOf<operations, A>> } = {\n${operations.map((op) => `  ${op.action}: rows.${op.action},`).join("\n")}\n};\n`,
  );

  // Response validators: compiled at run time from schemas.json, once per named schema, and only when first
  // used; code that never validates a response never loads ajv or the schemas.
  const dataValidators = [...new Set(operations.map((op) => op.dataSchemaName).filter(Boolean))].sort();
  write(
    "validators/index.ts",
    `${head}import type { components, operations } from "${coreVersion}";\nimport { createResponseValidators } from "../../../response-validation.js";\nimport schemas from "../schemas.json" with { type: "json" };\n\n` +
      `export {\n${operations.map((op) => `  validate${op.action}Request,`).join("\n")}\n} from "${coreVersion}/actions";\n\n` +
      "const compile = /* @__PURE__ */ createResponseValidators(schemas);\n\n" +
      "/** The validator of every action's whole response body (`{ Response }`), compiled on first use. */\nexport const responseValidators = {\n" +
      `${operations.map((op) => `  ${op.action}: compile<${op.responseBodyType}>("${op.action}ResponseBody"),`).join("\n")}\n} as const;\n\n` +
      `${operations.map((op) => `export const validate${op.action}ResponseBody = responseValidators.${op.action};`).join("\n")}\n` +
      `${dataValidators.map((name) => `export const validate${name} = compile<components["schemas"]["${name}"]>("${name}");`).join("\n")}\n`,
  );

  // The documents a command line, a form and the mocks read (emit-documents.mjs).
  for (const [file, text] of documentFiles(operations, paged, { head, corePackage, coreVersion }))
    write(file, text);

  const headerAliases = operations
    .map((op) => `export type ${op.action}Headers = ActionHeaders<"${op.action}">;`)
    .join("\n");
  // The documents' package: its entries are the core's, re-exported (one copy of each row and type), plus what
  // only it has (the examples' type; examples, members and response validators have entries of their own).
  write(
    "index.ts",
    `${head}export * from "${coreVersion}";\nexport type { Examples } from "./examples.js";\n`,
  );
  write("actions/index.ts", `${head}export * from "${coreVersion}/actions";\n`);
  write("names.ts", `${head}export * from "${coreVersion}/names";\n`);
  write("paging.ts", `${head}export * from "${coreVersion}/paging";\n`);
  // What a client's types read (the `/<version>/client` entry): the version's index but for the header aliases
  // and the list of schemas, which a consumer's compiler would otherwise parse with every call's types.
  core(
    "client.ts",
    `${head}import type { ActionDataOf, ActionResponseOf, ActionResultOf, RequestOf, ResponseBodyOf } from "../../action-types.js";\n` +
      `import type { operations } from "./types.js";\n\n` +
      // Every model is a declaration of types.ts under its schema name (with paths, operations, components).
      `export type * from "./types.js";\n` +
      `export { actions, version } from "./actions.js";\n` +
      `export { actionNames } from "./names.js";\n\n` +
      "/** Every action of this version. */\nexport type ActionName = keyof operations;\n" +
      "/** The request body of an action. */\nexport type ActionRequest<A extends ActionName> = RequestOf<operations, A>;\n" +
      "/** The whole HTTP 200 body of an action: `{ Response: success | error }`. */\nexport type ActionResponseBody<A extends ActionName> = ResponseBodyOf<operations, A>;\n" +
      "/** The content of `Response` on success (`{ Data, RequestId, ... }`). */\nexport type ActionResponse<A extends ActionName> = ActionResponseOf<operations, A>;\n" +
      "/** The `Data` of a successful response. */\nexport type ActionData<A extends ActionName> = ActionDataOf<operations, A>;\n" +
      "/** What an action's method resolves to: `Data` where the response has one, else its members but RequestId. */\nexport type ActionResult<A extends ActionName> = ActionResultOf<operations, A>;\n" +
      '/** The headers of an action\'s request (`X-TC-Action`, `X-TC-Version`...). */\nexport type ActionHeaders<A extends ActionName> = operations[A]["parameters"]["header"];\n',
  );
  core(
    "index.ts",
    `${head}import type { ActionHeaders } from "./client.js";\n${schemasList(schemaNames, "./types.js")}\n` +
      `export * from "./client.js";\n\n${headerAliases}\n`,
  );
  return { id, version, actions: operations.map((op) => op.action) };
}

const versions = readdirSync(specRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(specRoot, entry.name, "openapi.yaml")))
  .map((entry) => entry.name)
  .sort();
for (const part of parts) {
  const outRoot = outRoots[part];
  mkdirSync(outRoot, { recursive: true });
  // Generated folders of versions whose spec is gone must not linger.
  for (const entry of readdirSync(outRoot, { withFileTypes: true })) {
    if (!versions.map(versionId).includes(entry.name)) rmSync(join(outRoot, entry.name), { recursive: true });
  }
}
// All or nothing: every version is written to a staging folder first; the committed folders are replaced only
// once all of them are written, and a failure leaves them as they were.
const generated = [];
try {
  for (const dirName of versions) generated.push(await generateVersion(dirName));
} catch (error) {
  for (const part of parts)
    for (const dirName of versions)
      rmSync(stagingOf(join(outRoots[part], versionId(dirName))), { recursive: true, force: true });
  console.error(`generate: ${error.message}`);
  process.exit(1);
}
for (const { id, actions } of generated) {
  for (const part of parts) {
    const out = join(outRoots[part], id);
    rmSync(out, { recursive: true, force: true });
    renameSync(stagingOf(out), out);
  }
  console.log(`generated ${id} (${parts.join(", ")}): ${actions.length} actions`);
}
