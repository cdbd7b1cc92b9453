// paginate over every paged action of both versions, by its generated rule: a caller that answers the rule's
// shape (items, total, pages where the rule names them) is walked to the end, with the page number or offset
// the rule says, and never past it. Nothing here names an action: the rules come from `paging`.
import type { PagingRule } from "@wedata-openapi/schema-core";
import { setValueAt } from "@wedata-openapi/testkit";
import { describe, expect, it } from "vitest";
import { paginate as paginate2021, paging as paging2021, type WedataClient } from "../src/index.js";
import { paginate as paginate2025, paging as paging2025 } from "../src/v20250806.js";

/** A caller that serves `count` items by the rule, recording the page member of each call. */
function service(rule: PagingRule, count: number, announce: boolean) {
  const asked: number[] = [];
  const all = Array.from({ length: count }, (_, i) => ({ Id: `item-${i}` }));
  return {
    asked,
    caller: {
      async call(_action: string, params: Record<string, unknown>) {
        // In the form the rule says the action takes it (a few take the page as a string of digits).
        expect(typeof params[rule.number]).toBe(rule.text ? "string" : "number");
        const position = Number(params[rule.number]);
        const size = Number(params[rule.size]);
        asked.push(position);
        const from = rule.style === "offset" ? position : (position - rule.start) * size;
        const items = all.slice(from, from + size);
        if (rule.items.length === 0) return { Data: items, RequestId: "r" };
        const data: Record<string, unknown> = {};
        setValueAt(data, rule.items, items);
        if (announce && rule.total) setValueAt(data, rule.total, count);
        if (announce && rule.pages) setValueAt(data, rule.pages, Math.ceil(count / size));
        return { Data: data, RequestId: "r" };
      },
    },
  };
}

const versions = [
  ["2021-08-20", paging2021, paginate2021],
  ["2025-08-06", paging2025, paginate2025],
] as const;

describe.each(versions)("paginate, API %s", (_, paging, paginate) => {
  const rules = Object.entries(paging as Record<string, PagingRule>);

  it("knows the paged actions of the version (more than the four it first knew)", () => {
    expect(rules.length).toBeGreaterThan(40);
  });

  it.each(rules)(
    "%s: every item, in order, by the rule's page member, and no page past the end",
    async (action, rule) => {
      for (const announce of [true, false]) {
        const { asked, caller } = service(rule, 5, announce);
        const walk = paginate as (c: unknown, a: string, p: unknown) => AsyncGenerator<{ Id: string }>;
        const seen: string[] = [];
        for await (const item of walk(caller as unknown as WedataClient, action, { [rule.size]: 2 }))
          seen.push(item.Id);
        expect(seen).toEqual(["item-0", "item-1", "item-2", "item-3", "item-4"]);
        const step = rule.style === "offset" ? 2 : 1;
        expect(asked).toEqual([0, 1, 2].map((n) => rule.start + n * step));
      }
    },
  );
});

it("reports progress after each page, with the total the server announced", async () => {
  const [action, rule] = Object.entries(paging2025 as Record<string, PagingRule>).find(([, r]) => r.total)!;
  const { caller } = service(rule, 3, true);
  const progress: unknown[] = [];
  const walk = paginate2025 as (c: unknown, a: string, p: unknown, o: unknown) => AsyncGenerator<unknown>;
  for await (const _ of walk(
    caller,
    action,
    { [rule.size]: 2 },
    { onPage: (p: unknown) => progress.push(p) },
  ));
  expect(progress).toEqual([
    { pages: 1, items: 2, total: 3 },
    { pages: 2, items: 3, total: 3 },
  ]);
});
