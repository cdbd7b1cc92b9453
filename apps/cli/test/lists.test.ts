// Every paged action of both versions without a view of its own, as its command: `--all` walks every page by
// the action's generated rule (jsonl: one item per line), one page prints as a table of the items' plain
// members, and `--output json` stays the whole reply. A TC3-verifying server on 127.0.0.1 serves five items
// per action in the rule's shape; each command runs with its published example.
import { PassThrough } from "node:stream";
import type { PagingRule } from "@wedata-openapi/schema";
import { actions as actions2021 } from "@wedata-openapi/schema/v20210820";
import { examples as examples2021 } from "@wedata-openapi/schema/v20210820/examples";
import { paging as paging2021 } from "@wedata-openapi/schema/v20210820/paging";
import { actions as actions2025 } from "@wedata-openapi/schema/v20250806";
import { examples as examples2025 } from "@wedata-openapi/schema/v20250806/examples";
import { paging as paging2025 } from "@wedata-openapi/schema/v20250806/paging";
import { type TestServer, tcOk } from "@wedata-openapi/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kebabCase } from "../src/naming.js";
import { run } from "../src/program.js";
import { versions } from "../src/versions.js";
import { CREDS, startSigningServer } from "./support.js";

const ITEMS = 5;
let server: TestServer;
const rules = new Map<string, PagingRule>([
  ...Object.entries(paging2021 as Record<string, PagingRule>),
  ...Object.entries(paging2025 as Record<string, PagingRule>),
]);

function setAt(value: Record<string, unknown>, path: readonly string[], member: unknown) {
  let node = value;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = member;
}

// In process, the credential chain reads the process's environment.
const saved = { id: process.env.TENCENTCLOUD_SECRET_ID, key: process.env.TENCENTCLOUD_SECRET_KEY };
beforeAll(async () => {
  Object.assign(process.env, CREDS);
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
    setAt(data, rule.items, page);
    if (rule.total) setAt(data, rule.total, ITEMS);
    return { json: tcOk(inData ? { Data: data } : data) };
  });
});
afterAll(async () => {
  await server.close();
  for (const [name, value] of [
    ["TENCENTCLOUD_SECRET_ID", saved.id],
    ["TENCENTCLOUD_SECRET_KEY", saved.key],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

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

async function wedata(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    Object.assign(new PassThrough(), { isTTY: false }).on("data", (d: Buffer) => into.push(String(d)));
  const code = await run(args, {
    stdin: Object.assign(new PassThrough(), { isTTY: false }),
    stdout: sink(out),
    stderr: sink(err),
    env: { NO_COLOR: "1", ...CREDS },
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

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
