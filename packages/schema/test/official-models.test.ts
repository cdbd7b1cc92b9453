// Every operation of every spec, held against the official SDK's models of the same API version
// (tencentcloud-sdk-nodejs ships them as .d.ts): member names, required members, JSON types, nullability and
// nested models, recursively. The spec can never silently drift from the service.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { type Schema, schemaWalker } from "./schema-node.js";

const require = createRequire(import.meta.url);
const SPECS = new URL("../src/generated/", import.meta.url);

interface Member {
  name: string;
  optional: boolean;
  type: ts.TypeNode;
  nullable: boolean;
}

/** The interfaces of a wedata_models.d.ts, by name, with each member's documented nullability. */
function readModels(version: string): Map<string, Member[]> {
  const file = require.resolve(
    `tencentcloud-sdk-nodejs/tencentcloud/services/wedata/${version}/wedata_models.d.ts`,
  );
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const models = new Map<string, Member[]>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const members: Member[] = [];
    for (const m of statement.members) {
      if (!ts.isPropertySignature(m) || !m.type) continue;
      const docs = ts
        .getLeadingCommentRanges(text, m.getFullStart())
        ?.map((r) => text.slice(r.pos, r.end))
        .join("\n");
      members.push({
        name: m.name.getText(source),
        optional: Boolean(m.questionToken),
        type: m.type,
        nullable: /可能返回\s*null/.test(docs ?? ""),
      });
    }
    models.set(statement.name.text, members);
  }
  return models;
}

function checkVersion(dir: string) {
  const spec = JSON.parse(readFileSync(new URL(`${dir}/openapi.json`, SPECS), "utf8")) as {
    paths: Record<string, { post: Record<string, unknown> }>;
  };
  const models = readModels(dir);
  const { resolve, typesOf } = schemaWalker(spec);
  const problems: string[] = [];
  const seen = new Set<string>();

  const compareType = (
    where: string,
    typeNode: ts.TypeNode,
    schema: Schema,
    nullable: boolean,
    request: boolean,
  ) => {
    const { types, target } = typesOf(schema);
    if (nullable && !types.has("null"))
      problems.push(`${where}: documented as nullable, the spec forbids null`);
    let node = typeNode;
    // `Array<number | bigint>` and the like: the first alternative is the JSON type.
    if (ts.isUnionTypeNode(node)) node = node.types[0]!;
    const text = node.getText();
    const arrayOf = ts.isArrayTypeNode(node)
      ? node.elementType
      : ts.isTypeReferenceNode(node) && node.typeName.getText() === "Array"
        ? node.typeArguments?.[0]
        : undefined;
    if (arrayOf) {
      if (!types.has("array")) problems.push(`${where}: the SDK has an array, the spec ${[...types]}`);
      else if (target.items) compareType(`${where}[]`, arrayOf, target.items, false, request);
      return;
    }
    const expected =
      text === "string"
        ? ["string"]
        : text === "number"
          ? ["integer", "number"]
          : text === "boolean"
            ? ["boolean"]
            : models.has(text)
              ? ["object"]
              : undefined;
    if (!expected) return problems.push(`${where}: unknown SDK type ${text}`);
    if (!expected.some((t) => types.has(t)))
      problems.push(`${where}: the SDK has ${text}, the spec ${[...types]}`);
    if (models.has(text)) compareModel(`${where}<${text}>`, text, target, request);
  };

  const compareModel = (
    where: string,
    model: string,
    schema: Schema,
    request: boolean,
    skip: string[] = [],
  ) => {
    const key = `${model}@${request}@${JSON.stringify(schema).length}`;
    if (seen.has(key)) return;
    seen.add(key);
    const members = (models.get(model) ?? []).filter((m) => !skip.includes(m.name));
    const s = resolve(schema);
    const properties = Object.fromEntries(
      Object.entries(s.properties ?? {}).filter(([n]) => !skip.includes(n)),
    );
    const names = (list: string[]) => [...list].sort().join(", ");
    // The SDK is a later release than the vendored metadata the spec is imported from: it may have members
    // the metadata does not have yet, never the other way round.
    const unknown = Object.keys(properties).filter((n) => !members.some((m) => m.name === n));
    if (unknown.length) {
      problems.push(`${where}: members the SDK does not have: ${names(unknown)}`);
    }
    if (request && !where.includes(".")) {
      const required = members.filter((m) => !m.optional && m.name in properties).map((m) => m.name);
      if (names(required) !== names(s.required ?? [])) {
        problems.push(
          `${where}: required differ: SDK [${names(required)}] spec [${names(s.required ?? [])}]`,
        );
      }
    }
    for (const member of members) {
      const property = properties[member.name];
      if (property)
        compareType(`${where}.${member.name}`, member.type, property, member.nullable && !request, request);
    }
  };

  const operations = Object.entries(spec.paths).map(([path, item]) => ({
    action: path.slice(2),
    operation: item.post as {
      requestBody?: { content: Record<string, { schema: Schema }> };
      responses: Record<string, { content: Record<string, { schema: Schema }> }>;
    },
  }));
  return { operations, models, problems, compareModel, resolve };
}

const versions = readdirSync(SPECS).filter((name) => /^v\d{8}$/.test(name));

// Where the vendored metadata (what the spec is imported from) and the SDK's release disagree, the spec
// follows the metadata; each such place is listed here with what each side says. (Metadata 3.1.155.1 agrees
// with SDK 4.1.313 everywhere: its TagVoteSumList became the SDK's array.)
const KNOWN_SDK_DIFFERENCES: Record<string, string> = {};

describe.each(versions)("API %s against the official SDK's models", (dir) => {
  const check = checkVersion(dir);
  const inSdk = check.operations.filter(({ action }) => check.models.has(`${action}Request`));
  it("has operations, nearly all of them with request and response models in the SDK", () => {
    expect(check.operations.length).toBeGreaterThan(0);
    // Actions of the metadata that the SDK's release no longer ships come from the metadata alone (the
    // import, checked byte for byte by `spec:import --check`); they must stay few.
    expect(check.operations.length - inSdk.length).toBeLessThan(check.operations.length / 20);
    for (const { action } of inSdk)
      expect(check.models.has(`${action}Response`), `${action}Response`).toBe(true);
  });
  it.each(inSdk.map((o) => [o.action, o.operation] as const))(
    "%s: members, required, types and nullability match",
    (action, operation) => {
      check.problems.length = 0;
      const request = operation.requestBody?.content["application/json"]?.schema ?? { properties: {} };
      check.compareModel(`${action}Request`, `${action}Request`, request, true);
      const body = check.resolve(operation.responses["200"]!.content["application/json"]!.schema);
      const envelope = check.resolve(body.properties!.Response!);
      const success = (envelope.anyOf ?? [envelope])
        .map(check.resolve)
        .find((s) => !s.required?.includes("Error"))!;
      check.compareModel(`${action}Response`, `${action}Response`, success, false, ["Error"]);
      expect(check.problems.filter((p) => !(p.split(":")[0]! in KNOWN_SDK_DIFFERENCES))).toEqual([]);
    },
  );
});

it("finds a difference when there is one", () => {
  // The check itself must be able to fail: a member the service does not have is reported.
  const check = checkVersion(versions[0]!);
  const { action, operation } = check.operations[0]!;
  const request = check.resolve(operation.requestBody!.content["application/json"]!.schema);
  const properties = { ...request.properties, NotInTheSdk: { type: "string" } };
  check.compareModel(`${action}Request`, `${action}Request`, { ...request, properties }, true);
  expect(check.problems.join("\n")).toContain("members the SDK does not have");
});
