// No number changes on the wire: integers beyond 2^53 are read as bigints and bigints written with all their
// digits; everything else is exactly what JSON.parse and JSON.stringify make of it.
import { startTestServer } from "@wedata-openapi/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExactJson, stringifyExactJson } from "../src/exact-json.js";
import * as node from "../src/index.node.js";
import { KEY } from "./server.js";

const BIG = "9007199254740993"; // 2^53 + 1: the first integer a number cannot hold

describe("parseExactJson", () => {
  it("reads an integer a number cannot hold as a bigint of its exact value", () => {
    expect(parseExactJson(`{"RuleId":${BIG},"Small":12,"Ids":[-${BIG},1],"Text":"${BIG}"}`)).toEqual({
      RuleId: 9007199254740993n,
      Small: 12,
      Ids: [-9007199254740993n, 1],
      Text: BIG,
    });
    expect(parseExactJson(`{"Max":18446744073709551615}`)).toEqual({ Max: 18446744073709551615n });
  });

  it("leaves safe integers, decimals, exponents and strings of digits alone", () => {
    const text = `{"a":9007199254740991,"b":12345678901234567.5,"c":1e400,"d":"12345678901234567890","e":"\\"${BIG}"}`;
    expect(parseExactJson(text)).toEqual(JSON.parse(text));
  });

  it("agrees with JSON.parse where no integer literal is beyond a number's exact range", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const exact = (parseExactJson(text) ?? null) as unknown;
        // Where they differ, the difference is a bigint holding the literal's exact value.
        const differs = JSON.stringify(exact, (_k, v) => (typeof v === "bigint" ? `${v}` : v));
        if (!/\d{16}/.test(text)) expect(exact).toEqual(JSON.parse(text));
        else expect(differs.replace(/"(-?\d+)"/g, "$1")).toBe(text.replace(/"(-?\d+)"/g, "$1"));
      }),
      { numRuns: 300 },
    );
  });
});

describe("stringifyExactJson", () => {
  it("writes a bigint as a JSON number with all its digits, and round-trips", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }), fc.jsonValue(), (big, other) => {
        const value = { Id: big, List: [big, other], Other: other };
        const text = stringifyExactJson(value);
        expect(text).toContain(`"Id":${big}`);
        const back = parseExactJson(text) as { Id: bigint | number };
        expect(BigInt(back.Id)).toBe(big);
      }),
      { numRuns: 300 },
    );
  });

  it("is JSON.stringify where there is no bigint", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => stringifyExactJson(value) === JSON.stringify(value)));
  });
});

describe("on the wire", () => {
  it("a reply's big integer reaches the caller exactly", async () => {
    const server = await startTestServer(() => ({
      body: `{"Response":{"Data":{"RuleId":${BIG},"Small":3},"RequestId":"r"}}`,
    }));
    try {
      const sender = node.createTencentCloudSender({ credentials: KEY, service: "wedata", rateLimit: false });
      const reply = (await sender.send({
        url: server.url,
        headers: { "x-tc-action": "DescribeRule", "x-tc-version": "2021-08-20" },
        body: stringifyExactJson({ RuleId: 9007199254740993n }),
      })) as { Response: { Data: { RuleId: unknown; Small: unknown } } };
      expect(reply.Response.Data).toEqual({ RuleId: 9007199254740993n, Small: 3 });
      expect(server.requests[0]?.body).toBe(`{"RuleId":${BIG}}`);
    } finally {
      await server.close();
    }
  });
});
