// Each API version's actions as the CLI lists them: a compact generated index (name, summary, group, read or
// write) read at start, and one action's request members read only when that action's command runs. Both are
// JSON files of @wedata-openapi/schema, so start-up costs the same however many actions a version has.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ActionParameters } from "@wedata-openapi/schema";
import { printable } from "./terminal-text.js";

const require = createRequire(import.meta.url);

export interface CatalogEntry {
  /** English where Tencent Cloud International documents the action, else Tencent's Chinese title. */
  readonly summary: string;
  /** Tencent's Chinese title, where `summary` is English. */
  readonly zh?: string;
  /** The resource the action acts on (`Task`, `Workflow`...), for grouping. */
  readonly group: string;
  readonly write?: boolean;
  /** Curated in the spec's overlay: listed in `wedata --help`. */
  readonly curated?: boolean;
  readonly deprecated?: boolean;
}
export type Catalog = Readonly<Record<string, CatalogEntry>>;

// The prose comes from Tencent's metadata: made printable as it is read, so no summary or description can
// drive the terminal through --help or `wedata actions`.
const read = <T>(specifier: string): T =>
  JSON.parse(readFileSync(require.resolve(specifier), "utf8"), (_key, value) =>
    typeof value === "string" ? printable(value) : value,
  ) as T;

/**
 * Whether the person prefers Tencent's Chinese text: `WEDATA_LANGUAGE=zh-CN`, else a Chinese locale (LC_ALL,
 * LANG). Otherwise summaries are the English documentation's where it has the action.
 */
export function prefersChinese(env: NodeJS.ProcessEnv): boolean {
  return /^zh/i.test(env.WEDATA_LANGUAGE ?? env.LC_ALL ?? env.LANG ?? "");
}

/** An action's summary in the person's language. */
export function summaryFor(entry: CatalogEntry, env: NodeJS.ProcessEnv): string {
  return prefersChinese(env) && entry.zh ? entry.zh : entry.summary;
}

/** The actions of a version (`v20210820`), by name. */
export function loadCatalog(id: string): Catalog {
  return read<Catalog>(`@wedata-openapi/schema/${id}/catalog.json`);
}

/** One action's summary, description and request members. */
export function loadMembers(id: string, action: string): ActionParameters {
  return read<ActionParameters>(`@wedata-openapi/schema/${id}/members/${action}`);
}

/** The edit distance of two names (for "did you mean"). */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** The names closest to `typed`: those containing it, else those within a few edits. */
export function closest(typed: string, names: readonly string[], limit = 3): string[] {
  const containing = names.filter((n) => n.includes(typed) || typed.includes(n));
  if (containing.length) return containing.sort((a, b) => a.length - b.length).slice(0, limit);
  return names
    .map((name) => ({ name, d: distance(typed, name) }))
    .filter(({ d, name }) => d <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a.d - b.d || (a.name < b.name ? -1 : 1))
    .slice(0, limit)
    .map(({ name }) => name);
}
