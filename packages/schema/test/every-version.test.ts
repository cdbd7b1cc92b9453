// Every action of every spec: its examples validate (ajv over the JSON document, and the generated
// validators), and its request rules agree with ajv on the documented request and on arbitrary mutations.
import { readdirSync, readFileSync } from "node:fs";
import type { ActionInfo, CompiledValidator } from "@wedata-openapi/schema-core";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const GENERATED = new URL("../src/generated/", import.meta.url);

const versions = readdirSync(GENERATED).filter((name) => /^v\d{8}$/.test(name));
// Each version's generated entry and validators, loaded by path: the test names no version.
const load = (path: string) => import(/* @vite-ignore */ new URL(path, GENERATED).href);
const modules = new Map(
  await Promise.all(
    versions.map(
      async (version) =>
        [
          version,
          {
            actions: (await load(`${version}/index.ts`)).actions as Record<string, ActionInfo>,
            responseValidators: (await load(`${version}/validators/index.ts`)).responseValidators as Record<
              string,
              CompiledValidator<unknown>
            >,
          },
        ] as const,
    ),
  ),
);
type Json = Record<string, unknown>;

const values = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    "UTC+8",
    "UTC+15",
    "2025-03-28 00:00:00",
    "2025-13-01 00:00:00",
    "123",
    "ASC",
    "All",
    "1_2025-03-28 00:00:00",
  ),
  fc.integer({ min: -3, max: 300 }),
  // Finite numbers only: ajv takes Infinity for an integer, which JSON would send as null; the rules refuse it.
  // Integers beyond 2^53 neither: ajv takes them, the rules refuse them on purpose (they have lost their value
  // already; schema-core's request-rules test holds that).
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((v) => !Number.isInteger(v) || Number.isSafeInteger(v)),
  fc.boolean(),
  fc.array(fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constantFrom("H", "X", "1_2025-03-28 00:00:00")), {
    maxLength: 3,
  }),
  fc.object({ maxDepth: 1 }),
);

/** The published examples the import report lists as disagreeing with the types: `Action publishedN part`. */
function reported(spec: Json): Set<string> {
  const version = (spec.info as Json).version as string;
  const report = readFileSync(
    new URL(`../../../spec/wedata/${version}/import-report.md`, import.meta.url),
    "utf8",
  );
  return new Set(
    [...report.matchAll(/^\| (\w+) \| (published\d+) \| (request|response) \|/gm)].map(
      (m) => `${m[1]} ${m[2]} ${m[3]}`,
    ),
  );
}

describe.each(versions)("API %s", (version) => {
  const spec = JSON.parse(readFileSync(new URL(`${version}/openapi.json`, GENERATED), "utf8")) as Json;
  const disagreeing = reported(spec);
  const { actions, responseValidators } = modules.get(version)!;
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  ajv.addSchema(spec, "openapi.json");
  const pointer = (path: string, rest: string) =>
    `openapi.json#/paths/${encodeURIComponent(path.replaceAll("/", "~1"))}/post/${rest}`;
  const resolve = (e: Json) =>
    typeof e.$ref === "string"
      ? (e.$ref
          .slice(2)
          .split("/")
          .reduce<Json>((n, k) => n[k] as Json, spec).value as Json)
      : (e.value as Json);
  const operations = Object.entries(spec.paths as Record<string, { post: Json }>).map(([path, item]) => ({
    path,
    action: path.slice(2),
    op: item.post,
  }));

  it("has a generated table row for every operation, and no other", () => {
    expect(Object.keys(actions).sort()).toEqual(operations.map((o) => o.action).sort());
  });

  it.each(operations.map((o) => [o.action, o] as const))(
    "%s: every example validates",
    (action, { path, op }) => {
      const media = ((((op.responses as Json)["200"] as Json).content as Json)["application/json"] as Json)
        .examples as Record<string, Json>;
      const body = ajv.compile({ $ref: pointer(path, "responses/200/content/application~1json/schema") });
      // Every example validates, but for the published ones the import report lists: those are refused.
      for (const [name, example] of Object.entries(media)) {
        const value = resolve(example);
        const valid = !disagreeing.has(`${action} ${name} response`);
        expect(body(value), `${name}: ${ajv.errorsText(body.errors)}`).toBe(valid);
        expect(responseValidators[action]?.(value), name).toBe(valid);
      }
      const request = ajv.compile({ $ref: pointer(path, "requestBody/content/application~1json/schema") });
      const requests = ((((op.requestBody as Json).content as Json)["application/json"] as Json).examples ??
        {}) as Record<string, Json>;
      for (const [name, example] of Object.entries(requests)) {
        const valid = !disagreeing.has(`${action} ${name} request`);
        expect(request(resolve(example)), name).toBe(valid);
        expect(actions[action]?.validateRequest(resolve(example)), name).toBe(valid);
      }
    },
  );

  it.each(operations.map((o) => [o.action, o] as const))(
    "%s: the request rules agree with ajv",
    (action, { path, op }) => {
      const reference = ajv.compile({ $ref: pointer(path, "requestBody/content/application~1json/schema") });
      const validate = actions[action]!.validateRequest;
      const examples = ((((op.requestBody as Json).content as Json)["application/json"] as Json).examples ??
        {}) as Record<string, Json>;
      const documented = resolve(Object.values(examples)[0] ?? { value: {} });
      const properties = Object.keys(
        ((spec.components as Json).schemas as Record<string, Json>)[`${action}Request`]?.properties ??
          documented,
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...properties, "Unknown"),
          values,
          fc.boolean(),
          (member, value, drop) => {
            const input: Json = { ...documented };
            if (drop) delete input[member];
            else input[member] = value;
            const expected = reference(input);
            expect(validate(input)).toBe(expected);
            if (!expected) {
              expect(validate.errors?.[0]?.instancePath).toBe(reference.errors?.[0]?.instancePath);
              expect(validate.errors?.[0]?.keyword).toBe(reference.errors?.[0]?.keyword);
            }
          },
        ),
        { numRuns: 400 },
      );
    },
  );

  it("request rules report an enumeration before the type's own limits, as ajv does", () => {
    // A member with both (an integer enumeration of a uint64, a string enumeration with a pattern): the first
    // error must name the same keyword as ajv's, whatever the value breaks besides.
    let checked = 0;
    for (const { action, path } of operations) {
      const schema = ((spec.components as Json).schemas as Record<string, Json>)[`${action}Request`];
      const reference = ajv.compile({ $ref: pointer(path, "requestBody/content/application~1json/schema") });
      for (const [member, raw] of Object.entries((schema?.properties ?? {}) as Record<string, Json>)) {
        // (Named schemas are checked where they are defined; the members with both are inline.)
        if (!Array.isArray(raw.enum) || raw.minimum === undefined) continue;
        const input = { [member]: -1 };
        reference(input);
        const validate = actions[action]!.validateRequest;
        validate(input);
        expect(validate.errors?.[0]?.keyword, `${action}.${member}`).toBe(reference.errors?.[0]?.keyword);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("request rules refuse numbers JSON cannot carry (ajv takes Infinity as an integer)", () => {
    let checked = 0;
    for (const { action, op } of operations) {
      const media = ((op.requestBody as Json).content as Json)["application/json"] as Json;
      const documented = resolve(
        Object.values((media.examples ?? {}) as Record<string, Json>)[0] ?? { value: {} },
      );
      for (const [member, value] of Object.entries(documented)) {
        if (typeof value !== "number") continue;
        const input = { ...documented, [member]: Number.POSITIVE_INFINITY };
        expect(actions[action]?.validateRequest(input), `${action}.${member}`).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
