// A stored resource is a bag of fields by member name: what its create sent, merged with what updates sent,
// at any depth (`Task.TaskBaseAttribute.TaskName` is stored as `TaskName` too). Answers are the family's
// templates with every member the bag names filled in, where the kinds agree, so an answer keeps the spec's
// shape whatever was sent.

/** A resource's fields by member name (objects merged, their members also stored by their own names). */
export type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Stores `value`'s members in `fields`: later writes win, objects merge, their members are stored by name. */
export function absorb(fields: Fields, value: unknown): Fields {
  if (!isObject(value)) return fields;
  for (const [name, member] of Object.entries(value)) {
    if (member === undefined || member === null) continue;
    if (isObject(member)) {
      const before = fields[name];
      fields[name] = { ...(isObject(before) ? before : {}), ...structuredClone(member) };
      absorb(fields, member);
    } else fields[name] = structuredClone(member);
  }
  return fields;
}

const kind = (value: unknown) => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value);

/**
 * The stored value as it may stand where the template has `shown`, or undefined: the same kind (lists: of the
 * same items), or an id that one member carries as a string of digits and another as an integer.
 */
export function fitted(shown: unknown, stored: unknown): unknown {
  if (typeof shown === "number" && typeof stored === "string" && /^\d{1,15}$/.test(stored))
    return Number(stored);
  if (typeof shown === "string" && typeof stored === "number") return String(stored);
  if (kind(shown) !== kind(stored)) return undefined;
  if (!Array.isArray(shown) || !Array.isArray(stored)) return structuredClone(stored);
  if (shown.length === 0 || stored.length === 0)
    return shown.length === 0 && stored.every((s) => !isObject(s)) ? structuredClone(stored) : undefined;
  return kind(shown[0]) === kind(stored[0]) ? structuredClone(stored) : undefined;
}

/** The template with the members `fields` names filled in (lists are kept whole or replaced whole). */
export function fill(template: unknown, fields: Fields): unknown {
  if (!isObject(template)) return structuredClone(template);
  const out: Record<string, unknown> = {};
  for (const [name, shown] of Object.entries(template)) {
    const stored = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (isObject(shown)) out[name] = fill(shown, fields);
    else out[name] = (stored === undefined ? undefined : fitted(shown, stored)) ?? structuredClone(shown);
  }
  return out;
}

/** The value at `path` of `value`. */
export function at(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  return node;
}

/** Sets the value at `path` of `value` (an empty path changes nothing: the caller holds the value). */
export function setAt(value: unknown, path: readonly string[], member: unknown): void {
  let node = value;
  for (const key of path.slice(0, -1)) node = isObject(node) ? node[key] : undefined;
  const last = path[path.length - 1];
  if (isObject(node) && last !== undefined) node[last] = member;
}

/**
 * `sample` with `example` laid over it: the example's values, the sample's other members. A value of another kind
 * than the sample's (Tencent's examples disagree with the types now and then) gives way to the sample, as does a
 * null where the schema has a type.
 */
export function over(sample: unknown, example: unknown): unknown {
  if (example === undefined) return sample;
  if (isObject(sample) && isObject(example)) {
    const out: Record<string, unknown> = { ...sample };
    for (const [name, value] of Object.entries(example)) out[name] = over(sample[name], value);
    return out;
  }
  if (sample !== undefined && sample !== null && kind(example) !== kind(sample)) return sample;
  return example;
}
