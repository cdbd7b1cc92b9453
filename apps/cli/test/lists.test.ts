import type { PagingRule } from "@wedata-openapi/schema";
import { actions as actions2021 } from "@wedata-openapi/schema/v20210820";
import { examples as examples2021 } from "@wedata-openapi/schema/v20210820/examples";
import { paging as paging2021 } from "@wedata-openapi/schema/v20210820/paging";
import { actions as actions2025 } from "@wedata-openapi/schema/v20250806";
import { examples as examples2025 } from "@wedata-openapi/schema/v20250806/examples";
import { paging as paging2025 } from "@wedata-openapi/schema/v20250806/paging";
import { setValueAt, type TestServer, tcOk } from "@wedata-openapi/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kebabCase } from "../src/naming.js";
import { versions } from "../src/versions.js";
import { startSigningServer, useCredentialsInProcess, wedataInProcess } from "./support.js";

const ITEMS = 5;
let server: TestServer;
const rules = new Map<string, PagingRule>([
  ...Object.entries(paging2021 as Record<string, PagingRule>),
  ...Object.entries(paging2025 as Record<string, PagingRule>),
]);

useCredentialsInProcess();
beforeAll(async () => {
  server = await startSigningServer(() => (request) => {
    const action = String(request.headers["x-tc-action"]);
    const rule = rules.get(action) as PagingRule;
    // Where the action's answer holds its members: in Data, or at the top.
    const inData = (
      actions2021[action as keyof typeof actions2021] ?? actions2025[action as keyof typeof actions2025]
    )?.returnsData;
    const body = JSON.parse(request.body) as Record<string, number | string>;
    const size = Number(body[rule.size]);
    const position = Number(body[rule.number] ?? rule.start);
    const from = rule.style === "offset" ? position : (position - rule.start) * size;
    const items = Array.from({ length: ITEMS }, (_, i) => ({
      Name: `item-${i}`,
      Count: i,
      Nested: { No: 1 },
    }));
    const page = items.slice(from, from + size);
    if (rule.items.length === 0) return { json: tcOk({ Data: page }) };
    const data: Record<string, unknown> = {};
    setValueAt(data, rule.items, page);
    if (rule.total) setValueAt(data, rule.total, ITEMS);
    return { json: tcOk(inData ? { Data: data } : data) };
  });
});
afterAll(() => server.close());

/** Every paged action of a version without a view, whose published example passes the spec's rules. */
function lists(
  table: Readonly<Record<string, { validateRequest: (v: unknown) => boolean }>>,
  examples: Readonly<Record<string, { request?: unknown }>>,
  paging: Readonly<Record<string, PagingRule>>,
  views: Readonly<Record<string, unknown>>,
) {
  return Object.entries(paging)
    .filter(([action]) => !views[action] && table[action]?.validateRequest(examples[action]?.request ?? {}))
    .map(([action, rule]) => {
      // A page of two, in the form the action takes its size (a few take a string of digits).
      // From the first page (some published examples ask for page 0).
      const example: Record<string, unknown> = { ...(examples[action]?.request as object), [rule.size]: 2 };
      example[rule.number] = rule.text ? String(rule.start) : rule.start;
      const sized = table[action]?.validateRequest(example) ? example : { ...example, [rule.size]: "2" };
      return [action, sized, rule] as const;
    });
}
const VERSIONS = [
  ["2021-08-20", lists(actions2021, examples2021, paging2021, versions["2021-08-20"]!.views)],
  ["2025-08-06", lists(actions2025, examples2025, paging2025, versions["2025-08-06"]!.views)],
] as const;

const wedata = wedataInProcess;

describe.each(VERSIONS)("every paged action of API %s", (version, list) => {
  it("has lists to check", () => expect(list.length).toBeGreaterThan(30));

  it.each(list)(
    "%s: --all walks every page; one page is a table; json is the reply",
    async (action, example, rule) => {
      const args = [
        "--api-version",
        version,
        kebabCase(action),
        "--endpoint",
        server.url,
        "--region",
        "ap-guangzhou",
      ];
      const all = await wedata([...args, "--json", JSON.stringify(example), "--all", "--output", "jsonl"]);
      expect(all.code, all.stderr).toBe(0);
      const lines = all.stdout.trim().split("\n");
      expect(lines.map((line) => (JSON.parse(line) as { Name: string }).Name)).toEqual(
        Array.from({ length: ITEMS }, (_, i) => `item-${i}`),
      );
      const table = await wedata([...args, "--json", JSON.stringify(example), "--output", "table"]);
      expect(table.code, table.stderr).toBe(0);
      const [header, ...rows] = table.stdout.trim().split("\n");
      expect(header?.split(/\s+/)).toEqual(["Name", "Count"]);
      expect(rows).toHaveLength(3);
      const whole = await wedata([...args, "--json", JSON.stringify(example), "--output", "json"]);
      expect(JSON.parse(whole.stdout)).toHaveProperty("RequestId");
      expect(rule.size in example).toBe(true);
    },
  );
});
