// Every resource family of both versions, driven by the official SDK against the default mocks, as a
// stranger would script it from Tencent's metadata alone: create (the published example) -> read shows what
// was sent -> a second create has another id -> list holds both and pages -> update -> read shows it ->
// delete -> read answers ResourceNotFound. Every answer is checked against the spec (setup.ts). No test here
// names an action: the families come from the generated model.
import { createRequire } from "node:module";
import type { PagingRule, ResourceFamily } from "@wedata-openapi/schema";
import { valueAt as at, setValueAt } from "@wedata-openapi/testkit";
import { describe, expect, it } from "vitest";
import * as v2021 from "../src/index.js";
import * as v2025 from "../src/v20250806.js";
import { useMockServer } from "./setup.js";

const require = createRequire(import.meta.url);
const KEY = { secretId: "AKIDfamilies", secretKey: "families-secret" };
const server = useMockServer();

type Call = (params: unknown) => Promise<Record<string, unknown>>;
const versions = [
  { dir: "v20210820", mocks: v2021, examples: require("@wedata-openapi/schema/v20210820/examples") },
  { dir: "v20250806", mocks: v2025, examples: require("@wedata-openapi/schema/v20250806/examples") },
] as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);
/** Every [name, value] of a body's string members, at any depth. */
function strings(value: unknown, out: Array<[string, string]> = []): Array<[string, string]> {
  if (isObject(value))
    for (const [k, v] of Object.entries(value)) typeof v === "string" ? out.push([k, v]) : strings(v, out);
  return out;
}
/** Every value of a member name in an answer's objects (not in its lists, which hold other resources). */
function valuesOf(value: unknown, name: string, out: unknown[] = []): unknown[] {
  if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      if (k === name) out.push(v);
      valuesOf(v, name, out);
    }
  return out;
}

describe.each(versions)("API $dir: every resource family keeps state", ({ dir, mocks, examples }) => {
  const { Client } = require(
    `tencentcloud-sdk-nodejs/tencentcloud/services/wedata/${dir}/wedata_client.js`,
  ) as {
    Client: new (config: unknown) => Record<string, Call>;
  };
  const sdk = new Client({ credential: KEY, region: "ap-guangzhou" });
  const table = mocks.resourceModel.table as Record<string, { validateRequest(body: unknown): boolean }>;
  const families = mocks.resourceModel.families as readonly ResourceFamily[];
  const example = (action: string) =>
    structuredClone((examples.examples[action]?.request ?? {}) as Record<string, unknown>);
  // Families a stranger can script: a published create example the spec accepts.
  const scripted = families.filter((f) => table[f.create.action]?.validateRequest(example(f.create.action)));

  it("the model has families, and most can be scripted from the published examples", () => {
    expect(families.length).toBeGreaterThan(dir === "v20250806" ? 15 : 5);
    expect(scripted.length).toBeGreaterThan(families.length / 2);
  });

  it.each(scripted.map((f) => [f.name, f] as const))(
    "%s: create, read, list, page, update, delete",
    async (_, family) => {
      server.use(...mocks.createWedataHandlers({ credentials: KEY, rateLimit: false }));
      const call = (action: string, params: unknown) => (sdk[action] as Call).call(sdk, params);
      const created = example(family.create.action);
      const idOf = (answer: unknown) => at(answer, family.create.id.length ? family.create.id : ["Data"]);
      const first = idOf(await call(family.create.action, created));
      expect(first).toBeDefined();
      const second = idOf(await call(family.create.action, created));
      expect(second).not.toEqual(first);
      const scope = Object.fromEntries(family.scope.map((m) => [m, created[m]]));
      const naming = (action: string, path: readonly string[], id: unknown) => {
        const body = { ...example(action), ...scope };
        // As the request's own example carries it (a string of digits where the create answered an integer).
        const shown = at(body, path);
        setValueAt(
          body,
          path,
          typeof shown === "string" ? String(id) : typeof shown === "number" ? Number(id) : id,
        );
        return body;
      };

      if (family.read) {
        const read = await call(family.read.action, naming(family.read.action, family.read.id, first));
        const answered = valuesOf(read, family.id.name).concat(
          family.id.alias ? valuesOf(read, family.id.alias) : [],
        );
        if (answered.length > 0) expect(answered.map(String)).toContain(String(first));
        // Every string the create sent that the read answers by the same name comes back as sent.
        const ids = new Set([family.id.name, family.id.alias]);
        const shown = strings(created).filter(
          ([name]) => !ids.has(name) && valuesOf(read, name).some((v) => typeof v === "string"),
        );
        for (const [name, value] of shown) expect(valuesOf(read, name), name).toContain(value);
      }

      if (family.list) {
        const rule = mocks.resourceModel.paging[family.list.action] as PagingRule;
        // The scope alone, as a stranger lists what they made (the example's filters where the spec needs them).
        const listed = (body: Record<string, unknown>) => {
          const bare = { ...scope, ...body };
          const base = table[family.list!.action]?.validateRequest(bare) ? {} : example(family.list!.action);
          // What the example filters by that the create sent (a parent folder): as created.
          for (const name of Object.keys(base)) if (Object.hasOwn(created, name)) base[name] = created[name];
          return call(family.list!.action, { ...base, ...bare });
        };
        const itemsOf = (answer: unknown) =>
          at(
            isObject((answer as { Data?: unknown }).Data) ? (answer as { Data: unknown }).Data : answer,
            rule.items,
          ) as unknown[];
        const all = itemsOf(await listed({ [rule.number]: rule.start, [rule.size]: 100 }));
        const names = [family.id.name, family.id.alias, ...(family.id.also ?? [])].filter(
          Boolean,
        ) as string[];
        const listedIds = all.flatMap((item) => names.map((name) => at(item, [name])));
        if (listedIds.some((v) => v !== undefined)) {
          expect(listedIds).toContain(first);
          expect(listedIds).toContain(second);
        }
        expect(all.length).toBeGreaterThanOrEqual(2);
        // One per page: as many pages as items, then an empty page past the end.
        // The n-th page of one item: the page number or the offset are the same number then.
        const onePage = (n: number) => listed({ [rule.number]: rule.start + n, [rule.size]: 1 });
        const page = await onePage(all.length - 1);
        expect(itemsOf(page)).toHaveLength(1);
        if (rule.total) expect(at(isObject(page.Data) ? page.Data : page, rule.total)).toBe(all.length);
        expect(itemsOf(await onePage(all.length))).toEqual([]);
      }

      const update = family.update[0];
      if (update && family.read) {
        const body = naming(update.action, update.id, first);
        // A name or description the read answers: changed, then read back.
        const changed = strings(body).find(
          ([name]) => /(Name|Desc|Description)$/.test(name) && !family.scope.includes(name),
        );
        if (changed) {
          const fresh = `${changed[1]}-changed`;
          const path = findPath(body, changed[0]) as string[];
          setValueAt(body, path, fresh);
          if (table[update.action]?.validateRequest(body)) {
            await call(update.action, body);
            const read = await call(family.read.action, naming(family.read.action, family.read.id, first));
            if (valuesOf(read, changed[0]).length > 0) expect(valuesOf(read, changed[0])).toContain(fresh);
          }
        } else await call(update.action, body);
      }

      if (family.delete) {
        await call(family.delete.action, naming(family.delete.action, family.delete.id, first));
        const gone = family.read ?? family.update[0] ?? family.delete;
        await expect(call(gone.action, naming(gone.action, gone.id, first))).rejects.toMatchObject({
          code: "ResourceNotFound",
        });
        // The other one is still there.
        if (family.read) await call(family.read.action, naming(family.read.action, family.read.id, second));
        // An action on one resource (submit, enable...) names a stored one: the deleted one is not found.
        const related = family.related?.[0];
        if (related && table[related.action]?.validateRequest(naming(related.action, related.id, second))) {
          await call(related.action, naming(related.action, related.id, second));
          await expect(call(related.action, naming(related.action, related.id, first))).rejects.toMatchObject(
            {
              code: "ResourceNotFound",
            },
          );
        }
      }
    },
  );
});

function findPath(value: unknown, name: string, path: string[] = []): string[] | undefined {
  if (!isObject(value)) return undefined;
  if (Object.hasOwn(value, name)) return [...path, name];
  for (const [k, v] of Object.entries(value)) {
    const found = findPath(v, name, [...path, k]);
    if (found) return found;
  }
  return undefined;
}
