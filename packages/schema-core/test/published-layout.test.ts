// What the built package gives each kind of user: Node loads a version's table from a few files (each file
// is opened at start-up), and a bundle that imports one action's own module reaches nothing that the version's
// aggregates share but the rule interpreter (so a code-splitting bundler can load the aggregates lazily).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ActionInfo } from "../src/index.js";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const versions = readdirSync(join(DIST, "generated")).filter((name) => /^v\d{8}$/.test(name));

/** Every file a module loads statically, itself included. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  for (const [, from, bare] of code.matchAll(
    /^(?:import|export)\s[^;]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm,
  ))
    staticGraph(resolve(dirname(file), (from ?? bare) as string), seen);
  return seen;
}

describe.each(versions)("the built %s", (version) => {
  const dir = join(DIST, "generated", version);

  it("loads its action table from a few files, however many actions it has", async () => {
    const files = staticGraph(join(dir, "index.js"));
    expect(files.size).toBeLessThanOrEqual(12);
    const { actions, actionNames } = (await import(join(dir, "index.js"))) as {
      actions: Record<string, ActionInfo>;
      actionNames: readonly string[];
    };
    expect(actionNames).toEqual(Object.keys(actions));
    expect(actionNames.length).toBeGreaterThan(100);
  });

  it("has a module per action that shares nothing with the aggregates but the rule interpreter", async () => {
    const { actions } = (await import(join(dir, "index.js"))) as { actions: Record<string, ActionInfo> };
    const aggregates = new Set([
      ...staticGraph(join(dir, "index.js")),
      ...staticGraph(join(dir, "actions/index.js")),
    ]);
    const interpreter = staticGraph(join(DIST, "request-rules.js"));
    for (const action of Object.keys(actions)) {
      const file = join(dir, "actions", `${action}.js`);
      expect(existsSync(file), action).toBe(true);
      const shared = [...staticGraph(file)].filter((f) => aggregates.has(f) && !interpreter.has(f));
      expect(shared, action).toEqual([]);
    }
    const sample = Object.keys(actions).filter((_, i) => i % 25 === 0);
    for (const action of sample) {
      const own = (await import(join(dir, "actions", `${action}.js`)))[action] as ActionInfo & {
        action: string;
      };
      const { validateRequest: _, ...row } = own;
      const { validateRequest: __, ...tableRow } = actions[action] as ActionInfo;
      expect(row, action).toEqual({ ...tableRow, action });
      // Same rules: an empty body passes or fails alike, with the same first problem.
      const mine = own.validateRequest({});
      const theirs = (actions[action] as ActionInfo).validateRequest({});
      expect(mine, action).toBe(theirs);
      expect(own.validateRequest.errors, action).toEqual(
        (actions[action] as ActionInfo).validateRequest.errors,
      );
    }
  });
});
