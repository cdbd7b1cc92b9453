// The stateful mocks of every resource family of a version, from its generated model (`<version>/resources`,
// `<version>/paging`): create stores what was sent under a fresh id, read and list answer what is stored (the
// family's templates filled from it), update merges, delete removes, and an id that is not stored (or no
// longer) is ResourceNotFound across the family. Nothing here names an action: the model does.
import type { ActionInfo, PagingRule, ResourceAction, ResourceFamily } from "@wedata-openapi/schema";
import { MockServiceError, type Simulation } from "../engine.js";
import { absorb, at, type Fields, fill, fitted, isObject, over, setAt } from "./fields.js";
import { createIds, type IdMaker } from "./ids.js";

/** Every family's resources, as their fields (JSON: what `state.snapshot()` holds). */
export type ResourceStore = Record<string, Fields[]>;

/** A version's resource model: its families, its paging rules, its action table and its examples. */
export interface ResourceModel {
  families: readonly ResourceFamily[];
  paging: Readonly<Record<string, PagingRule>>;
  table: Readonly<Record<string, ActionInfo>>;
  examples: Readonly<Record<string, { response: unknown }>>;
}

const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && String(a) === String(b);
const TIMES = ["CreateTime", "UpdateTime", "ModifyTime"];
const CHANGED = ["UpdateTime", "ModifyTime"];

/** The mock's clock as the service writes times: `yyyy-MM-dd HH:mm:ss` in UTC+8. */
const serviceTime = (now: number) =>
  new Date(now + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");

/** The default store: every resource the family's published examples name, with what they show. */
export function seedResources(families: readonly ResourceFamily[]): ResourceStore {
  const store: ResourceStore = {};
  for (const family of families) {
    const list: Fields[] = [];
    for (const seed of family.seeds) {
      const id = seed[family.id.name];
      const found = list.find((r) => same(r[family.id.name], id) && inScope(r, family, seed));
      if (found) absorb(found, seed);
      else list.push(withId(absorb({}, seed), family, id));
    }
    store[family.name] = list;
  }
  return store;
}

function withId(fields: Fields, family: ResourceFamily, id: unknown): Fields {
  fields[family.id.name] = id;
  if (family.id.alias) fields[family.id.alias] = id;
  for (const name of family.id.also ?? []) fields[name] = id;
  return fields;
}

function inScope(fields: Fields, family: ResourceFamily, params: Record<string, unknown>): boolean {
  return family.scope.every((m) => params[m] === undefined || same(fields[m], params[m]));
}

/** Whether a stored resource matches one list request member (unknown members and empty values match all). */
function matches(fields: Fields, name: string, wanted: unknown): boolean {
  if (wanted === undefined || wanted === null || wanted === "") return true;
  if (Array.isArray(wanted) && wanted.length === 0) return true;
  if (/Keyword$/.test(name) && typeof wanted === "string") {
    return Object.entries(fields).some(
      ([field, value]) => /(Name|Id)$/.test(field) && typeof value === "string" && value.includes(wanted),
    );
  }
  if (name === "Filters" && Array.isArray(wanted)) {
    return wanted.every((filter) => {
      if (!isObject(filter) || typeof filter.Name !== "string" || !Array.isArray(filter.Values)) return true;
      const stored = fields[filter.Name];
      return stored === undefined || filter.Values.some((v) => same(v, stored));
    });
  }
  // A pair of times (`CreateTime: [from, to]`) is a range of the stored time.
  if (
    /Time$/.test(name) &&
    Array.isArray(wanted) &&
    wanted.length === 2 &&
    typeof fields[name] === "string"
  ) {
    const [from, to] = wanted.map(String) as [string, string];
    const stored = fields[name] as string;
    return (!from || stored >= from) && (!to || stored <= to);
  }
  // `ProjectIds` and `TaskNameList` name `ProjectId` and `TaskName`.
  const singular = name.replace(/(List|s)$/, "");
  const field = Object.hasOwn(fields, name) ? name : Object.hasOwn(fields, singular) ? singular : undefined;
  if (field === undefined) return true;
  const stored = fields[field];
  if (isObject(stored) || isObject(wanted)) return true;
  if (Array.isArray(wanted)) {
    return Array.isArray(stored)
      ? wanted.some((w) => stored.some((s) => same(s, w)))
      : wanted.some((w) => same(w, stored));
  }
  if (Array.isArray(stored)) return stored.some((s) => same(s, wanted));
  if (/Name$/.test(field) && typeof wanted === "string" && typeof stored === "string")
    return stored.includes(wanted);
  return same(stored, wanted);
}

/** A family's answer templates: the generated sample of each answer with the published example laid over it. */
interface Templates {
  create: unknown;
  read?: unknown;
  list?: unknown;
  item?: unknown;
}
const templates = new WeakMap<ResourceFamily, Templates>();

function templatesOf(family: ResourceFamily, model: ResourceModel): Templates {
  const known = templates.get(family);
  if (known) return known;
  const shown = (action: string) => {
    const content = (model.examples[action]?.response as { Response?: Record<string, unknown> } | undefined)
      ?.Response;
    if (!content) return undefined;
    const { RequestId: _, ...rest } = content;
    return rest;
  };
  const made: Templates = { create: over(family.create.answer, shown(family.create.action)) };
  if (family.read) made.read = over(family.read.answer, shown(family.read.action));
  const listing = family.list;
  const rule = listing ? model.paging[listing.action] : undefined;
  if (listing && rule) {
    const example = shown(listing.action);
    made.list = over(listing.answer, example);
    const result = model.table[listing.action]?.returnsData ? example?.Data : example;
    const items = rule.items.length === 0 ? result : at(result, rule.items);
    made.item = over(listing.item, Array.isArray(items) && isObject(items[0]) ? items[0] : undefined);
  }
  templates.set(family, made);
  return made;
}

/** The stock simulations of every family's actions over one store. */
export function resourceSimulations(
  model: ResourceModel,
  store: ResourceStore,
  ids: IdMaker,
): Record<string, Simulation> {
  const sims: Record<string, Simulation> = {};
  const exampleOf = (action: string) => {
    const { RequestId: _, ...content } = ((
      model.examples[action]?.response as { Response?: Record<string, unknown> } | undefined
    )?.Response ?? {}) as Record<string, unknown>;
    return content;
  };
  for (const family of model.families) {
    const shown = templatesOf(family, model);
    const list = (): Fields[] => {
      store[family.name] ??= [];
      return store[family.name] as Fields[];
    };
    const find = (params: Record<string, unknown>, role: ResourceAction): Fields => {
      const id = at(params, role.id);
      const found = list().find((r) => same(r[family.id.name], id) && inScope(r, family, params));
      if (!found) {
        throw new MockServiceError("ResourceNotFound", `The ${family.name} ${String(id)} does not exist.`);
      }
      return found;
    };
    sims[family.create.action] = (params: never, { now }) => {
      const taken = (value: unknown) => list().some((r) => same(r[family.id.name], value));
      const id = ids(family.id, family.name, taken);
      const fields = withId(absorb({}, params), family, id);
      for (const name of TIMES) fields[name] ??= serviceTime(now);
      list().push(fields);
      const answer = fill(shown.create, fields);
      if (family.create.id.length > 0)
        setAt(answer, family.create.id, fitted(at(shown.create, family.create.id), id) ?? id);
      return answer;
    };
    if (family.read) {
      const read = family.read;
      sims[read.action] = (params: never) => fill(shown.read, find(params, read));
    }
    for (const update of [...family.update, ...(family.related ?? [])]) {
      sims[update.action] = (params: never, { now }) => {
        const fields = find(params, update);
        absorb(fields, params);
        for (const name of CHANGED) fields[name] = serviceTime(now);
        return exampleOf(update.action);
      };
    }
    if (family.delete) {
      const remove = family.delete;
      sims[remove.action] = (params: never) => {
        const fields = find(params, remove);
        list().splice(list().indexOf(fields), 1);
        return exampleOf(remove.action);
      };
    }
    const listing = family.list;
    const rule = listing ? model.paging[listing.action] : undefined;
    if (listing && rule) {
      const inData = model.table[listing.action]?.returnsData === true;
      sims[listing.action] = (input: never) => {
        const params = input as Record<string, unknown>;
        const found = list().filter(
          (fields) =>
            inScope(fields, family, params) &&
            Object.entries(params).every(
              ([name, wanted]) => name === rule.number || name === rule.size || matches(fields, name, wanted),
            ),
        );
        const answer = fill(shown.list, {}) as Record<string, unknown>;
        if (inData && !isObject(answer.Data)) answer.Data = {};
        const result = (inData ? answer.Data : answer) as Record<string, unknown>;
        const shownSize = at(result, [rule.size]);
        const size = Number(
          params[rule.size] ?? (typeof shownSize === "number" && shownSize > 0 ? shownSize : 10),
        );
        const number = Number(params[rule.number] ?? rule.start);
        const from = rule.style === "offset" ? number : (number - rule.start) * size;
        const items = found
          .slice(Math.max(from, 0), Math.max(from, 0) + size)
          .map((r) => fill(shown.item, r));
        if (rule.items.length === 0) answer.Data = items;
        else setAt(result, rule.items, items);
        // Counts in the form the answer carries them (a few actions answer strings of digits).
        const put = (path: readonly string[], value: number) =>
          setAt(result, path, fitted(at(result, path), value) ?? value);
        if (rule.total) put(rule.total, found.length);
        if (rule.pages) put(rule.pages, Math.ceil(found.length / size));
        if (Object.hasOwn(result, rule.number)) put([rule.number], number);
        if (Object.hasOwn(result, rule.size)) put([rule.size], size);
        return answer;
      };
    }
  }
  return sims;
}

/** A version's families over a store (the seed when none is given), with ids from `seed`. */
export function resourceWorld(model: ResourceModel, seed?: number, store?: ResourceStore) {
  const resources = store ?? seedResources(model.families);
  return { store: resources, simulations: resourceSimulations(model, resources, createIds(seed)) };
}
