// Reshapes openapi-typescript's output so that a consumer's compiler reads little more than the models. The
// tool writes every model inline in `components["schemas"]`, and every action twice more: an operation and a
// path item, each a copy of the same shape with the action's name in it. Here the models become declarations of
// their own (referred to by name), and `operations` and `paths` become mapped types over one line per action.
// The types are the same (`operations["X"]`, `paths["/#X"]`, `components["schemas"]["Y"]` all resolve as before):
// an action whose operation or path item is not the common shape keeps its own, written out. The list of every
// model by schema name (`components["schemas"]`) is not in this module: no operation refers to it, and a client's
// types, which read this module, would parse it for nothing; the version's entry adds it (see schemasList).
import ts from "typescript";

const SCHEMA_REF = /components\["schemas"\]\["([^"]+)"\]/g;

/** Top-level declarations of the printed file, by name. */
function declarations(source) {
  const byName = new Map();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))
      byName.set(statement.name.text, statement);
  }
  return byName;
}

/** The members of an interface, or of a property's type literal, with their documentation. */
function members(node, source) {
  const list = ts.isInterfaceDeclaration(node) ? node.members : node.type?.members;
  if (!list) throw new Error(`compact-types: ${node.name?.getText(source)} is not an object type`);
  return list.map((member) => {
    const text = member.getText(source);
    const full = member.getFullText(source);
    return {
      node: member,
      name: ts.isStringLiteral(member.name) ? member.name.text : member.name.getText(source),
      doc: full.slice(0, full.length - text.length).trim(),
      type: member.type?.getText(source) ?? "",
    };
  });
}

/** Moves every line of a block left by `by` spaces (the declarations are re-nested). */
const dedent = (text, by) => text.replace(new RegExp(`\n {${by}}`, "g"), "\n");

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The shape shared by every action (the action's own names replaced by parameters), or undefined when this
 * action's shape says more than its names.
 */
function shapeOf(type, action, replacements) {
  let shape = type;
  for (const [from, to] of replacements) shape = shape.replaceAll(from, to);
  shape = shape.replaceAll(`"${action}"`, "Action").replaceAll(`\`${action}\``, "`Action`");
  return new RegExp(`\\b${escapeRegExp(action)}\\b`).test(shape) ? undefined : shape;
}

/** An action's summary and description, said once where they are the same. */
const actionDoc = (doc) => doc.replace(/^\/\*\*\n +\* (.+)\n +\* @description \1\n +\*\/$/, "/** $1 */");

/**
 * @param {string} printed openapi-typescript's output, printed
 * @param {{ action: string; requestSchema?: string; responseBodySchema: string }[]} actions
 * @returns {{ types: string; schemas: string[] }} the same types, compact, but for `components["schemas"]`; and the
 *   names of the models, each a type of the module
 */
export function compactTypes(printed, actions) {
  const source = ts.createSourceFile("types.ts", printed, ts.ScriptTarget.Latest, true);
  const top = declarations(source);
  const need = (name) => {
    const node = top.get(name);
    if (!node) throw new Error(`compact-types: openapi-typescript wrote no \`${name}\``);
    return node;
  };
  const components = members(need("components"), source);
  const schemas = components.find((m) => m.name === "schemas");
  const models = schemas ? members(schemas.node, source) : [];

  // A model's name becomes a name of this module: it must not hide a type the file refers to.
  const taken = new Set(top.keys());
  const visit = (node) => {
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) taken.add(node.typeName.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const name of ["ActionTypes", "Operation", "PathItem", "Action", "Request", "ResponseBody"])
    taken.add(name);
  for (const model of models) {
    if (taken.has(model.name) || !/^[A-Za-z_$][\w$]*$/.test(model.name))
      throw new Error(`compact-types: the schema name ${model.name} cannot be a type of its own here`);
  }
  const byRef = (text) => text.replace(SCHEMA_REF, (_, name) => name);

  const operationMembers = new Map(members(need("operations"), source).map((m) => [m.name, m]));
  const pathMembers = new Map(members(need("paths"), source).map((m) => [m.name, m]));
  let operationShape;
  let pathShape;
  const regular = [];
  const ownOperations = [];
  const ownPaths = [];
  for (const { action, requestSchema, responseBodySchema } of actions) {
    const operation = operationMembers.get(action);
    const path = pathMembers.get(`/#${action}`);
    if (!operation || !path) throw new Error(`compact-types: ${action} has no operation or path item`);
    const opShape =
      requestSchema &&
      shapeOf(operation.type, action, [
        [`components["schemas"]["${requestSchema}"]`, "Request"],
        [`components["schemas"]["${responseBodySchema}"]`, "ResponseBody"],
      ]);
    // The path item's documentation is the action's: it moves to the action's line.
    const postDoc = /\n( *)(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\n *post: /.exec(path.type);
    const pathType = postDoc ? path.type.replace(postDoc[0], `\n${postDoc[1]}post: `) : path.type;
    const itemShape = shapeOf(pathType, action, [[`operations["${action}"]`, "operations[Action]"]]);
    operationShape ??= opShape;
    pathShape ??= itemShape;
    if (opShape && opShape === operationShape && itemShape && itemShape === pathShape) {
      regular.push({
        action,
        doc: postDoc ? actionDoc(dedent(postDoc[2], postDoc[1].length - 4)) : "",
        request: requestSchema,
        responseBody: responseBodySchema,
      });
    } else {
      ownOperations.push(operation);
      ownPaths.push(path);
    }
  }

  const block = (doc, line) => (doc ? `${doc}\n${line}` : line);
  const out = [];
  out.push(
    "/** Each action's request body and whole response body, as `[request, response body]`. */",
    `export interface ActionTypes {\n${regular
      .map((r) => `${r.doc ? `    ${r.doc}\n` : ""}    ${r.action}: [${r.request}, ${r.responseBody}];`)
      .join("\n")}\n}`,
  );
  // With no action of the common shape there is nothing to map: every action is written out.
  const mapped = (line) => (regular.length > 0 ? `{\n    ${line}\n}` : "{}");
  if (regular.length > 0) {
    out.push(
      `type PathItem<Action extends keyof operations> = ${dedent(pathShape, 4)};`,
      `type Operation<Action extends string, Request, ResponseBody> = ${dedent(byRef(operationShape), 4)};`,
    );
  }
  const own = (list, key) =>
    list.length === 0
      ? ""
      : ` & {\n${list.map((m) => `    ${block(m.doc, `${key(m.name)}: ${byRef(m.type)};`)}`).join("\n")}\n}`;
  // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript's template literal type, written out
  const pathKey = "[A in keyof ActionTypes as `/#${A}`]";
  out.push(`export type paths = ${mapped(`${pathKey}: PathItem<A>;`)}${own(ownPaths, JSON.stringify)};`);
  for (const name of ["webhooks", "$defs"]) if (top.has(name)) out.push(byRef(top.get(name).getText(source)));
  out.push(
    "/** The components the operations refer to; the version's entry adds `schemas`, every model by its name. */",
    `export interface components {\n${components
      .filter((m) => m !== schemas)
      .map((m) => `    ${block(m.doc, `${m.name}: ${byRef(m.type)};`)}`)
      .join("\n")}\n}`,
  );
  out.push(
    `export type operations = ${mapped("[A in keyof ActionTypes]: Operation<A, ActionTypes[A][0], ActionTypes[A][1]>;")}${own(ownOperations, (name) => name)};`,
  );
  for (const model of models) {
    const type = dedent(byRef(model.type), 8);
    const declaration = type.startsWith("{")
      ? `export interface ${model.name} ${type}`
      : `export type ${model.name} = ${type};`;
    out.push(block(dedent(model.doc, 8), declaration));
  }
  const unknown = [...top.keys()].filter(
    (name) => !["paths", "webhooks", "components", "$defs", "operations"].includes(name),
  );
  if (unknown.length > 0) throw new Error(`compact-types: unexpected declarations ${unknown.join(", ")}`);
  return { types: `${out.join("\n")}\n`, schemas: models.map((model) => model.name) };
}

/**
 * `components` as openapi-typescript declares it, for a module beside the compact types: theirs, with `schemas`,
 * every model by its name.
 * @param {string[]} schemas the names compactTypes gave
 * @param {string} typesModule the compact types' module, as this one imports it
 */
export function schemasList(schemas, typesModule) {
  return (
    `import type * as Models from "${typesModule}";\nimport type { components as Referenced } from "${typesModule}";\n\n` +
    "/** The spec's components: every model by its schema name (each also a type of its own), parameters, responses. */\n" +
    `export interface components extends Referenced {\n    schemas: {\n${schemas.map((name) => `        ${name}: Models.${name};`).join("\n")}\n    };\n}\n`
  );
}
