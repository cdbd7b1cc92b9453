// The resource families of one spec, inferred from it (the mocks keep their state): the actions on one noun,
// found by verb + noun (Create<Noun> names the family; Get/Describe<Noun>[Detail|Info] reads one,
// List/Describe<Noun>s|List lists them, Update/Modify<Noun>[Partially|Info] change one, Delete/Remove<Noun>
// removes one), the id the create answers and the others take, the members that scope it (ProjectId...),
// the list's paging, and answer templates (a sample of every member the schema knows, so that each has a place
// for a sent value; the mocks lay the published example over it). What inference cannot see goes in the overlay:
// `x-tc-resource` on an operation, `{ family, role }` to place it, `false` to leave it out.

import { plain, typesOf } from "./paging.mjs";

const ROLES = {
  read: (n) => [`Get${n}`, `Describe${n}`, `Describe${n}Detail`, `Describe${n}Info`, `Get${n}Detail`],
  list: (n) => [
    `List${n}s`,
    `List${n}es`,
    `List${n.replace(/y$/, "ies")}`,
    `Describe${n}s`,
    `Describe${n}List`,
    `Describe${n}es`,
  ],
  update: (n) => [`Update${n}`, `Modify${n}`, `Update${n}Partially`, `Modify${n}Info`, `Update${n}Info`],
  delete: (n) => [`Delete${n}`, `Remove${n}`, `Delete${n}Async`],
  // Actions on one resource besides those (they must name a stored one, and what they send is merged).
  related: (n) =>
    ["Submit", "Enable", "Disable", "Start", "Stop", "Pause", "Resume"].map((verb) => `${verb}${n}`),
};
const SAMPLE_DEPTH = 6;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** A value of every member a schema declares (nullable ones as their non-null type), to depth SAMPLE_DEPTH. */
function sampleOf(schema, resolve, depth = 0) {
  const s = plain(schema, resolve);
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum.find((v) => v !== null) ?? null;
  const type = typesOf(s).find((t) => t && t !== "null");
  if (type === "object") {
    if (depth >= SAMPLE_DEPTH) return {};
    return Object.fromEntries(
      Object.entries(s.properties ?? {})
        // `Error: false` says a success has no Error member.
        .filter(([, member]) => member !== false)
        .map(([name, member]) => [name, sampleOf(member, resolve, depth + 1)]),
    );
  }
  if (type === "array") return [];
  const example = s.examples?.[0] ?? s.example;
  if (example !== undefined && example !== null) return example;
  return { string: "", integer: 0, number: 0, boolean: false }[type] ?? null;
}

/** Where `name` sits in a request schema: at the top, or one object down (`TaskInfo.TaskId`). */
function pathOf(schema, name, resolve) {
  const members = plain(schema, resolve).properties ?? {};
  if (Object.hasOwn(members, name)) return [name];
  for (const [outer, member] of Object.entries(members)) {
    const inner = plain(member, resolve).properties ?? {};
    if (Object.hasOwn(inner, name)) return [outer, name];
  }
  return undefined;
}

const scalar = (schema, resolve) => {
  const types = typesOf(plain(schema, resolve));
  return types.includes("string") || types.includes("integer");
};

/** The format of fresh ids, from an id the examples show. */
function idFormat(sample, schema, resolve) {
  const types = typesOf(plain(schema, resolve));
  if (types.includes("integer") && !types.includes("string")) return { type: "integer" };
  if (typeof sample === "number") return { type: "digits", length: Math.max(String(sample).length, 6) };
  if (typeof sample === "string" && UUID.test(sample)) return { type: "uuid" };
  if (typeof sample === "string" && /^\d+$/.test(sample)) return { type: "digits", length: sample.length };
  return { type: "text" };
}

const at = (value, path) => path.reduce((node, key) => (isObject(node) ? node[key] : undefined), value);

/** Every family of a spec's operations; `paged` is paging.mjs's table. Returns the families and the left-out. */
export function resourceFamilies(operations, resolve, paged) {
  const byAction = new Map(operations.map((op) => [op.action, op]));
  const claimed = new Set();
  const families = [];
  const static_ = [];
  const stated = new Map();
  for (const op of operations) {
    if (op.resource && typeof op.resource === "object") stated.set(op.action, op.resource);
    if (op.resource === false) claimed.add(op.action);
  }
  const roleFromOverlay = (noun, role) =>
    [...stated].filter(([, r]) => r.family === noun && r.role === role).map(([action]) => action);
  for (const op of operations) {
    const match = /^Create([A-Z]\w*)$/.exec(op.action);
    const noun = stated.get(op.action)?.family ?? match?.[1];
    if (!noun || claimed.has(op.action) || (stated.has(op.action) && stated.get(op.action).role !== "create"))
      continue;
    const find = (role) =>
      [...roleFromOverlay(noun, role), ...ROLES[role](noun)].filter(
        (action, i, all) => byAction.has(action) && !claimed.has(action) && all.indexOf(action) === i,
      );
    const read = find("read")[0];
    const list = find("list").find((action) => paged.has(action));
    const updates = find("update");
    const remove = find("delete")[0];
    const others = [read, ...updates, remove].filter(Boolean);
    const related = find("related");
    const why = (reason) => static_.push({ family: noun, actions: [op.action, ...others], reason });
    if (others.length === 0) {
      why("no read, update or delete action on the noun");
      continue;
    }
    // The id: a scalar member of the create answer (or the answer's Data itself) that the others take.
    const content = plain(op.successSchema, resolve).properties ?? {};
    const data = content.Data ? plain(content.Data, resolve) : undefined;
    const answered = [
      ...Object.entries(data?.properties ?? {}).map(([name, schema]) => ({
        name,
        schema,
        path: ["Data", name],
      })),
      ...Object.entries(content)
        .filter(([name]) => name !== "RequestId" && name !== "Data")
        .map(([name, schema]) => ({ name, schema, path: [name] })),
    ].filter((c) => /Id$/.test(c.name) && scalar(c.schema, resolve));
    const requestOf = (action) => byAction.get(action).requestSchema;
    const created = new Set(Object.keys(plain(op.requestSchema, resolve).properties ?? {}));
    let id;
    for (const candidate of answered) {
      if (others.every((action) => pathOf(requestOf(action), candidate.name, resolve))) {
        id = { name: candidate.name, answer: candidate.path, schema: candidate.schema };
        break;
      }
    }
    if (!id && answered.length === 1 && others.every((action) => pathOf(requestOf(action), "Id", resolve)))
      id = { name: "Id", alias: answered[0].name, answer: answered[0].path, schema: answered[0].schema };
    if (!id && data && !data.properties && scalar(content.Data, resolve)) {
      // The answer's Data is the id: the member the others take that the create request does not send.
      const first = plain(requestOf(others[0]), resolve);
      const name = Object.keys(first.properties ?? {}).find(
        (m) => /Id$/.test(m) && !created.has(m) && others.every((a) => pathOf(requestOf(a), m, resolve)),
      );
      if (name) id = { name, answer: ["Data"], schema: content.Data };
    }
    if (!id) {
      why("no id member that the create answers and the other actions take");
      continue;
    }
    // The scope: what the others require besides the id and the create also sends (ProjectId, WorkflowId).
    const firstRequest = plain(requestOf(others[0]), resolve);
    const scope = (firstRequest.required ?? []).filter(
      (m) =>
        m !== id.name &&
        created.has(m) &&
        scalar(firstRequest.properties[m], resolve) &&
        others.every((a) => pathOf(requestOf(a), m, resolve)?.length === 1),
    );
    // Fresh ids take the form the requests that name one show (they must pass those requests' rules).
    const named = others
      .flatMap((action) => {
        const target = byAction.get(action);
        const path = pathOf(target.requestSchema, id.name, resolve) ?? [];
        return (target.requestExamples ?? []).map((body) => at(body, path));
      })
      .find((value) => value !== undefined);
    const sampleId = named ?? at(op.responseExample?.Response, id.answer);
    const idSchema = (() => {
      const path = pathOf(requestOf(others[0]), id.name, resolve) ?? [];
      let schema = plain(requestOf(others[0]), resolve);
      for (const key of path) schema = plain(schema.properties?.[key], resolve);
      return schema;
    })();
    for (const action of [op.action, ...others, list, ...related].filter(Boolean)) claimed.add(action);
    // A sample of every member the answer's schema declares: the mocks lay the published example over it.
    const templateOf = (action) => {
      const { RequestId: _, ...sample } = sampleOf(byAction.get(action).successSchema, resolve);
      return sample;
    };
    const family = {
      name: noun,
      id: {
        name: id.name,
        ...(id.alias ? { alias: id.alias } : {}),
        ...idFormat(sampleId, idSchema, resolve),
      },
      scope,
      create: { action: op.action, id: id.answer, answer: templateOf(op.action) },
      ...(read
        ? { read: { action: read, id: pathOf(requestOf(read), id.name, resolve), answer: templateOf(read) } }
        : {}),
      update: updates.map((action) => ({ action, id: pathOf(requestOf(action), id.name, resolve) })),
      ...(remove ? { delete: { action: remove, id: pathOf(requestOf(remove), id.name, resolve) } } : {}),
    };
    // Only those that name the resource by its id.
    const naming = related
      .map((action) => ({ action, id: pathOf(requestOf(action), id.name, resolve) }))
      .filter(
        (r) => r.id && scalar(plain(requestOf(r.action), resolve).properties?.[r.id[0]] ?? {}, resolve),
      );
    if (naming.length > 0) family.related = naming;
    if (list) {
      const rule = paged.get(list);
      const item = sampleOf(rule.itemSchema, resolve);
      const example = at(
        byAction.get(list).responseExample?.Response?.Data ?? byAction.get(list).responseExample?.Response,
        rule.items,
      );
      family.list = {
        action: list,
        answer: templateOf(list),
        item,
        // Copies: the seeds get the id under its family's name, and the spec's examples must stay as they are.
        seeds: Array.isArray(example) ? structuredClone(example.filter(isObject)) : [],
      };
    }
    // Every id an example request names exists in the default mocks (with the example's scope).
    const seeds = [];
    for (const action of [
      read,
      ...updates,
      remove,
      ...(family.related ?? []).map((r) => r.action),
      list,
    ].filter(Boolean)) {
      const target = byAction.get(action);
      for (const body of target.requestExamples ?? []) {
        if (!isObject(body)) continue;
        const seed = Object.fromEntries(scope.filter((m) => body[m] !== undefined).map((m) => [m, body[m]]));
        const value =
          action === list ? undefined : at(body, pathOf(target.requestSchema, id.name, resolve) ?? []);
        if (action !== list && value === undefined) continue;
        if (action === list) {
          for (const item of family.list.seeds) {
            const itemId = item[id.name] ?? (id.alias ? item[id.alias] : undefined);
            if (itemId !== undefined) seeds.push({ ...seed, ...item, [id.name]: itemId });
          }
        } else seeds.push({ ...seed, [id.name]: value });
      }
    }
    // Where the read or a listed item names the id otherwise (`ExecutionId` for `WorkflowExecutionId`): a
    // member ending in Id that the id's name ends with, when the answer has neither the name nor the alias.
    const also = new Set();
    for (const shown of [family.list?.item, at(family.read?.answer, ["Data"]) ?? family.read?.answer]) {
      if (!isObject(shown) || Object.hasOwn(shown, id.name) || (id.alias && Object.hasOwn(shown, id.alias)))
        continue;
      const other = Object.keys(shown).find((m) => /.Id$/.test(m) && id.name.endsWith(m) && m !== id.name);
      if (other) also.add(other);
    }
    if (also.size > 0) family.id.also = [...also].sort();
    for (const seed of family.list?.seeds ?? []) {
      const named = [...also].find((m) => seed[m] !== undefined && seed[id.name] === undefined);
      if (named) seed[id.name] = seed[named];
    }
    delete family.list?.seeds;
    family.seeds = seeds.filter(
      (seed, i) => seeds.findIndex((other) => JSON.stringify(other) === JSON.stringify(seed)) === i,
    );
    families.push(family);
  }
  return { families, static: static_ };
}
