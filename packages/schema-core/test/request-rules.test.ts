// Where the rules deliberately differ from ajv (which sees JSON, not JavaScript values): 64-bit integers and
// objects that inherit members.
import { describe, expect, it } from "vitest";
import { createRequestValidator, type RequestRule } from "../src/request-rules.js";

const rule: RequestRule = {
  t: "object",
  x: 1,
  r: ["RuleId"],
  o: {
    RuleId: { t: "integer", min: 0 },
    Ids: { t: "array", i: { t: "integer" } },
    Name: { t: "string" },
    Nested: { t: "object", x: 1, o: { Size: { t: "integer" } } },
  },
};
const validate = createRequestValidator<unknown>(rule);
const firstError = (input: unknown) => (validate(input) ? undefined : validate.errors?.[0]);

describe("64-bit integers", () => {
  it("takes a bigint wherever an integer goes, within the member's own limits", () => {
    expect(validate({ RuleId: 9007199254740993n, Ids: [2n ** 63n, 1] })).toBe(true);
    expect(validate({ RuleId: 2n ** 64n - 1n })).toBe(true);
    expect(firstError({ RuleId: -1n })).toMatchObject({ instancePath: "/RuleId", keyword: "minimum" });
    expect(firstError({ RuleId: 1, Name: 1n })).toMatchObject({ instancePath: "/Name", keyword: "type" });
  });

  it("refuses a number beyond 2^53, which has already lost its value, naming the member", () => {
    expect(firstError({ RuleId: Number("9007199254740993") })).toMatchObject({
      instancePath: "/RuleId",
      keyword: "safe-integer",
    });
    expect(firstError({ RuleId: 1, Ids: [1, 2 ** 60] })).toMatchObject({ instancePath: "/Ids/1" });
    expect(validate({ RuleId: Number.MAX_SAFE_INTEGER })).toBe(true);
  });
});

describe("inherited members", () => {
  it("are not members: `__proto__` cannot lend a required member or hide an unknown one", () => {
    // What Object.assign({}, JSON.parse('{"__proto__":{"RuleId":1}}')) makes: RuleId inherited, not owned.
    const assigned = Object.assign({}, JSON.parse('{"__proto__": {"RuleId": 1, "Evil": 2}}'));
    expect(firstError(assigned)).toMatchObject({
      keyword: "required",
      params: { missingProperty: "RuleId" },
    });
    const inherits = Object.create({ RuleId: 1 });
    expect(validate(inherits)).toBe(false);
    // JSON.parse keeps `__proto__` as an own key: an unknown member, refused.
    expect(firstError(JSON.parse('{"RuleId": 1, "__proto__": {"x": 1}}'))).toMatchObject({
      keyword: "additionalProperties",
      params: { additionalProperty: "__proto__" },
    });
    expect(validate(Object.assign(Object.create(null), { RuleId: 1 }))).toBe(true);
  });
});
