// Node loads rows synchronously (`require` of ES modules, Node 20.19 and later): a call loads its action's own
// module, and the whole table only when something asks for every action (`raw`, the `actions` export), so
// importing the client and making one call cost a few small files rather than the version's table.
import { createRequire } from "node:module";
import type { ActionInfo } from "@wedata-openapi/schema-core";
import type { ActionSource } from "./core.js";

const require = createRequire(import.meta.url);

/** Whether a `require` failed because the module is not there (an application bundled without node_modules). */
function missing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "MODULE_NOT_FOUND";
}

/**
 * A version's rows as Node loads them (`version` as in its entry: `v20210820`). `load` is the entry's own
 * `import()` of the version's rows: a bundler sees it and bundles them, and a call falls back to it where
 * `require` finds no module (an application bundled into one file), waiting for it once.
 */
export function nodeRows(
  version: string,
  load: () => Promise<object>,
  openapiFetch: ActionSource["openapiFetch"],
): Omit<ActionSource, "names"> {
  let bundled = false;
  return {
    openapiFetch,
    row: (action) => {
      if (bundled) return undefined;
      try {
        return (
          require(`@wedata-openapi/schema-core/${version}/actions/${action}`) as Record<string, ActionInfo>
        )[action];
      } catch (error) {
        if (!missing(error)) throw error;
        bundled = true;
        return undefined;
      }
    },
    load,
  };
}

/**
 * The version's `actions` table, loaded on first use: reading, listing or inspecting it loads it (the same
 * object an import of `@wedata-openapi/schema-core/<version>` gives, filled in on first use).
 */
export function lazyActions<Table extends object>(version: string): Table {
  const target = {} as Table;
  let loaded = false;
  const load = (): Table => {
    if (!loaded) {
      let table: Table;
      try {
        table = (require(`@wedata-openapi/schema-core/${version}`) as { actions: Table }).actions;
      } catch (error) {
        if (!missing(error)) throw error;
        throw new Error(
          `actions: @wedata-openapi/schema-core/${version} is not installed beside this bundle; import { actions } from "@wedata-openapi/schema-core/${version}" instead`,
          { cause: error },
        );
      }
      Object.assign(target, table);
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
