// Every action of every version, as Tencent published it: the official SDK sends each published example
// request (the vendored metadata's examples.json) to the default mocks, signed, and gets a success. The few
// requests that disagree with the same metadata's types (the import report lists them) are refused as the
// service would refuse them, with a parameter error. Nothing here names an action or a version.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { RequestHandler } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const REPO = new URL("../../../", import.meta.url);
const KEY = { secretId: "AKIDeveryaction", secretKey: "every-action-secret" };
const versions = readdirSync(new URL("metadata/wedata/", REPO)).filter((d) => /^v\d{8}$/.test(d));

interface Published {
  action: string;
  key: string;
  body: Record<string, unknown>;
}

/** Each published example request of a version: the JSON after the raw request's blank line. */
function publishedRequests(dir: string): Published[] {
  const file = JSON.parse(readFileSync(new URL(`metadata/wedata/${dir}/examples.json`, REPO), "utf8")) as {
    actions: Record<string, Array<{ input: string }>>;
  };
  return Object.entries(file.actions).flatMap(([action, list]) =>
    list.map((example, index) => {
      const text = example.input.replace(/\r\n/g, "\n");
      return { action, key: `published${index + 1}`, body: JSON.parse(text.slice(text.indexOf("\n\n") + 2)) };
    }),
  );
}

/** A body as the official SDK sends it: it leaves members that are null out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/** The requests the import report lists as disagreeing with the documented types, as `Action publishedN`. */
function disagreeing(dir: string): Set<string> {
  const version = `${dir.slice(1, 5)}-${dir.slice(5, 7)}-${dir.slice(7)}`;
  const report = readFileSync(new URL(`spec/wedata/${version}/import-report.md`, REPO), "utf8");
  return new Set(
    [...report.matchAll(/^\| (\w+) \| (published\d+) \| request \|/gm)].map((m) => `${m[1]} ${m[2]}`),
  );
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe.each(versions)("API %s: the official SDK sends every published example to the mocks", (dir) => {
  const requests = publishedRequests(dir);
  const refused = disagreeing(dir);
  const { Client } = require(
    `tencentcloud-sdk-nodejs/tencentcloud/services/wedata/${dir}/wedata_client.js`,
  ) as {
    Client: new (config: unknown) => Record<string, (params: unknown) => Promise<{ RequestId?: string }>>;
  };
  const sdk = new Client({ credential: KEY, region: "ap-guangzhou" });

  it("covers every action of the version and lists few disagreeing examples", () => {
    expect(new Set(requests.map((r) => r.action)).size).toBeGreaterThan(100);
    expect(refused.size).toBeLessThan(30);
  });

  it("every published request succeeds, except the listed ones, which get a parameter error", async () => {
    const mocks = (await import(/* @vite-ignore */ `../src/${dir}.ts`)) as {
      createWedataHandlers(options: object): RequestHandler[];
      resourceModel: { families: ReadonlyArray<{ delete?: { action: string } }> };
    };
    const { actions } = (await import(/* @vite-ignore */ `@wedata-openapi/schema/${dir}`)) as {
      actions: Record<string, { validateRequest(body: unknown): boolean }>;
    };
    // Once with a fresh mock per request, once all on one mock: the families keep state, and Tencent's
    // examples delete resources that other examples read, so on one mock the deletes go last.
    const failures: string[] = [];
    const shared = mocks.createWedataHandlers({ credentials: KEY, rateLimit: false });
    const deletes = new Set(mocks.resourceModel.families.map((f) => f.delete?.action));
    const ordered = [
      ...requests.filter((r) => !deletes.has(r.action)),
      ...requests.filter((r) => deletes.has(r.action)),
    ];
    for (const [{ action, key, body }, fresh] of [
      ...requests.map((r) => [r, true] as const),
      ...ordered.map((r) => [r, false] as const),
    ]) {
      // The default mocks, no options: every entity the examples name exists in them.
      server.resetHandlers(
        ...(fresh ? mocks.createWedataHandlers({ credentials: KEY, rateLimit: false }) : shared),
      );
      // A listed example whose only disagreement is a null is sent without it, and so succeeds.
      const expectRefusal =
        refused.has(`${action} ${key}`) && !actions[action]!.validateRequest(withoutNulls(body));
      try {
        const response = await sdk[action]!(body);
        const where = `${action} ${key}${fresh ? "" : " (in order, one mock)"}`;
        if (expectRefusal) failures.push(`${where}: accepted, but the report says it disagrees`);
        else if (!response.RequestId) failures.push(`${where}: no RequestId`);
      } catch (error) {
        const code = String((error as { code?: string }).code);
        if (!expectRefusal || !/^(InvalidParameter|MissingParameter|UnknownParameter)/.test(code))
          failures.push(
            `${action} ${key}${fresh ? "" : " (in order, one mock)"}: ${code} ${(error as Error).message}`,
          );
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
