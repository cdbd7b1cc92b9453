// Node loads rows synchronously (`require` of ES modules, Node 20.19 and later): a call loads its action's own
// module, and the whole table only when something asks for every action (`raw`, the `actions` export), so
// importing the client and making one call cost a few small files rather than the version's table. openapi-fetch
// likewise loads with the first use of `raw`.
import { createRequire } from "node:module";
import type { ActionInfo } from "@wedata-openapi/schema";
import type createClient from "openapi-fetch";
import type { ActionSource } from "./core.js";

const require = createRequire(import.meta.url);

/** A version's rows as Node loads them (`version` as in its entry: `v20210820`). */
export function nodeRows(version: string): Omit<ActionSource, "names"> {
  return {
    // Only `raw` uses it: loaded on first use (its CommonJS build, which `require` takes as it is).
    openapiFetch: () => (require("openapi-fetch") as { default: typeof createClient }).default,
    row: (action) =>
      (require(`@wedata-openapi/schema/${version}/actions/${action}`) as Record<string, ActionInfo>)[
        action
      ] as ActionInfo,
    load: async () => require(`@wedata-openapi/schema/${version}/actions`) as object,
  };
}

/**
 * The version's `actions` table, loaded on first use: reading, listing or inspecting it loads it (the same
 * object an import of `@wedata-openapi/schema/<version>` gives, filled in on first use).
 */
export function lazyActions<Table extends object>(version: string): Table {
  const target = {} as Table;
  let loaded = false;
  const load = (): Table => {
    if (!loaded) {
      Object.assign(target, (require(`@wedata-openapi/schema/${version}`) as { actions: Table }).actions);
      loaded = true;
    }
    return target;
  };
  // util.inspect shows a proxy's target without its traps: give the target a way to show the table.
  Object.defineProperty(target, Symbol.for("nodejs.util.inspect.custom"), {
    value: (_depth: number, options: object, inspect: (value: unknown, options: object) => string) =>
      inspect({ ...load() }, options),
    configurable: true,
  });
  return new Proxy(target, {
    get: (_, key) => Reflect.get(load(), key),
    has: (_, key) => Reflect.has(load(), key),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
  });
}
