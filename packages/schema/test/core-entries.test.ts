// The entries this package shares with @wedata-openapi/schema-core are the core's, re-exported: whichever
// package a user imports, the rows, rules and tables are the same objects, shipped once. Checked on the built
// package, where users meet it.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DIST = new URL("../dist/", import.meta.url);
const versions = readdirSync(new URL("../src/generated/", import.meta.url)).filter((name) =>
  /^v\d{8}$/.test(name),
);
const own = (path: string) =>
  import(/* @vite-ignore */ new URL(path, DIST).href) as Promise<Record<string, unknown>>;
const core = (path: string) =>
  import(/* @vite-ignore */ `@wedata-openapi/schema-core${path}`) as Promise<Record<string, unknown>>;

function expectSameExports(mine: Record<string, unknown>, theirs: Record<string, unknown>) {
  expect(Object.keys(mine).sort()).toEqual(Object.keys(theirs).sort());
  for (const [name, value] of Object.entries(theirs)) expect(mine[name], name).toBe(value);
}

describe.each(versions)("the built %s entries", (version) => {
  it("give the core's table, names and version", async () => {
    expectSameExports(await own(`generated/${version}/index.js`), await core(`/${version}`));
    expectSameExports(await own(`generated/${version}/names.js`), await core(`/${version}/names`));
  });

  it("give the core's rows, from the aggregate and from each action's module", async () => {
    const rows = await core(`/${version}/actions`);
    expectSameExports(await own(`generated/${version}/actions/index.js`), rows);
    const { actionNames } = (await core(`/${version}/names`)) as { actionNames: readonly string[] };
    expect(actionNames.length).toBeGreaterThan(100);
    for (const action of actionNames)
      expectSameExports(
        await own(`generated/${version}/actions/${action}.js`),
        await core(`/${version}/actions/${action}`),
      );
  });
});

describe("the built root entries", () => {
  it("give API 2021-08-20 and what every version shares, from the core", async () => {
    const root = await own("index.js");
    const shared = await core("");
    const first = await core("/v20210820");
    for (const [name, value] of Object.entries({ ...shared, ...first })) expect(root[name], name).toBe(value);
    expect(root.WEDATA_SERVICE).toBe("wedata");
    expectSameExports(await own("request-rules.js"), await core("/request-rules"));
    expectSameExports(await own("wedata-time.js"), await core("/time"));
  });
});
