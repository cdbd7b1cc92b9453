// Every action of every version held against Tencent's metadata it is imported from (metadata/wedata/), read
// here independently of the importer: the same actions; per request and response model, recursively, the same
// members (without the disabled ones), the same required request members, the same JSON types, and null
// accepted in a response exactly where the metadata allows it (never in a request); the published examples
// carried over unchanged. The overlay may add rules and prose, never contradict these.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Schema, schemaWalker } from "./schema-node.js";

const REPO = new URL("../../../", import.meta.url);
const GENERATED = new URL("../src/generated/", import.meta.url);

interface MetaMember {
  name: string;
  type: string;
  member: string;
  required?: boolean;
  disabled?: boolean;
  value_allowed_null?: boolean;
}
interface Metadata {
  actions: Record<string, { input: string; output: string }>;
  objects: Record<string, { members: MetaMember[] }>;
}

const JSON_TYPE: Record<string, string> = {
  string: "string",
  int: "integer",
  float: "number",
  bool: "boolean",
  list: "array",
  object: "object",
};

const dirs = readdirSync(new URL("metadata/wedata/", REPO)).filter((d) => /^v\d{8}$/.test(d));

describe.each(dirs)("API %s against Tencent's metadata", (dir) => {
  const meta = JSON.parse(readFileSync(new URL(`metadata/wedata/${dir}/api.json`, REPO), "utf8")) as Metadata;
  const published = JSON.parse(
    readFileSync(new URL(`metadata/wedata/${dir}/examples.json`, REPO), "utf8"),
  ) as { actions: Record<string, Array<{ input: string; output: string }>> };
  const spec = JSON.parse(readFileSync(new URL(`${dir}/openapi.json`, GENERATED), "utf8")) as {
    paths: Record<string, { post: Schema }>;
    components: { schemas: Record<string, Schema> };
  };
  const { resolve, typesOf } = schemaWalker(spec);

  const compare = (where: string, model: string, schema: Schema, request: boolean, seen: Set<string>) => {
    if (seen.has(`${model}:${request}`)) return [];
    seen.add(`${model}:${request}`);
    const problems: string[] = [];
    const s = resolve(schema);
    const members = (meta.objects[model]?.members ?? []).filter((m) => !m.disabled);
    const properties = Object.fromEntries(
      Object.entries(s.properties ?? {}).filter(
        ([name, p]) => !(name === "Error" && (p as unknown) === false),
      ),
    );
    const names = (list: string[]) => [...list].sort().join(", ");
    if (names(members.map((m) => m.name)) !== names(Object.keys(properties)))
      problems.push(
        `${where}: members [${names(members.map((m) => m.name))}] vs [${names(Object.keys(properties))}]`,
      );
    if (request) {
      const required = members.filter((m) => m.required).map((m) => m.name);
      if (names(required) !== names(s.required ?? [])) problems.push(`${where}: required differ`);
    }
    for (const m of members) {
      const property = properties[m.name];
      if (!property) continue;
      const { types, target } = typesOf(property);
      const nullable = !request && m.value_allowed_null === true;
      // RequestId is documented once for all (never null in practice).
      if (m.name !== "RequestId" && types.has("null") !== nullable)
        problems.push(`${where}.${m.name}: null ${nullable ? "allowed" : "not allowed"} by the metadata`);
      const expected = JSON_TYPE[m.type];
      if (!expected || !types.has(expected)) problems.push(`${where}.${m.name}: ${m.type} vs ${[...types]}`);
      const nested =
        m.type === "list" ? (target.items ? typesOf(target.items) : undefined) : { types, target };
      if (m.type === "list" && meta.objects[m.member] === undefined) {
        const item =
          m.member === "float" || m.member === "double"
            ? "number"
            : /int/.test(m.member)
              ? "integer"
              : m.member === "bool"
                ? "boolean"
                : "string";
        if (!nested?.types.has(item))
          problems.push(`${where}.${m.name}[]: ${m.member} vs ${[...(nested?.types ?? [])]}`);
      }
      if (meta.objects[m.member] && nested)
        problems.push(...compare(`${where}.${m.name}<${m.member}>`, m.member, nested.target, request, seen));
    }
    return problems;
  };

  it("has exactly the metadata's actions", () => {
    expect(
      Object.keys(spec.paths)
        .map((p) => p.slice(2))
        .sort(),
    ).toEqual(Object.keys(meta.actions).sort());
  });

  it.each(Object.keys(meta.actions).sort())(
    "%s: members, required, types, nullability, examples",
    (action) => {
      const op = spec.paths[`/#${action}`]!.post as {
        requestBody: {
          content: Record<string, { schema: Schema; examples?: Record<string, { value: unknown }> }>;
        };
        responses: Record<
          string,
          { content: Record<string, { schema: Schema; examples?: Record<string, { value: unknown }> }> }
        >;
      };
      const requestMedia = op.requestBody.content["application/json"]!;
      const responseMedia = op.responses["200"]!.content["application/json"]!;
      const problems = compare(`${action}Request`, `${action}Request`, requestMedia.schema, true, new Set());
      const envelope = resolve(resolve(responseMedia.schema).properties!.Response!);
      const success = envelope.anyOf!.map(resolve).find((s) => !s.required?.includes("Error"))!;
      problems.push(...compare(`${action}Response`, `${action}Response`, success, false, new Set()));
      expect(problems).toEqual([]);
      // Tencent's examples, as published.
      (published.actions[action] ?? []).forEach((example, index) => {
        const body = example.input.replace(/\r\n/g, "\n");
        expect(requestMedia.examples?.[`published${index + 1}`]?.value).toEqual(
          JSON.parse(body.slice(body.indexOf("\n\n") + 2)),
        );
        expect(responseMedia.examples?.[`published${index + 1}`]?.value).toEqual(JSON.parse(example.output));
      });
    },
  );
});
