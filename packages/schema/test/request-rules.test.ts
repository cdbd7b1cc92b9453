// The request rule tables and their interpreter against ajv on the same schemas: the same verdict, and the
// same first problem, for the documented requests and for thousands of arbitrary mutations of them.
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import spec from "../src/generated/v20210820/openapi.json" with { type: "json" };
import { actions } from "../src/v20210820.js";
import { examples } from "../src/v20210820-examples.js";

const ajv = new Ajv2020({ strict: false, allErrors: false });
ajv.addSchema(spec as object, "openapi.json");
const schemaOf = (action: string) =>
  ajv.compile({
    $ref: `openapi.json#/paths/${encodeURIComponent(`~1#${action}`)}/post/requestBody/content/application~1json/schema`,
  });

const values = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("UTC+8", "UTC+15", "2025-03-28 00:00:00", "2025-13-01 00:00:00", "123", "ASC", "All", "D"),
  fc.integer({ min: -3, max: 300 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.array(fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constantFrom("H", "X", "35")), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

describe.each(Object.keys(actions) as Array<keyof typeof actions>)("%s request rules", (action) => {
  const validate = actions[action].validateRequest;
  const reference = schemaOf(action);
  const documented = examples[action].request as Record<string, unknown>;
  const members = Object.keys(documented);

  it("accept the documented request", () => {
    expect(reference(documented)).toBe(true);
    expect(validate(documented)).toBe(true);
  });

  it("agree with ajv on mutated requests (verdict and where the first problem is)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...members, "Unknown"), values, fc.boolean(), (member, value, drop) => {
        const input: Record<string, unknown> = { ...documented };
        if (drop) delete input[member];
        else input[member] = value;
        const expected = reference(input);
        expect(validate(input)).toBe(expected);
        if (!expected) {
          expect(validate.errors?.[0]?.instancePath).toBe(reference.errors?.[0]?.instancePath);
          expect(validate.errors?.[0]?.keyword).toBe(reference.errors?.[0]?.keyword);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("reject what is not an object", () => {
    for (const input of [null, undefined, "x", 1, [documented]]) {
      expect(validate(input)).toBe(false);
      expect(validate.errors?.[0]).toMatchObject({ instancePath: "", keyword: "type" });
    }
  });
});
