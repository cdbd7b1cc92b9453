// Members at a path of a JSON value, for tests that build or read answers in the shape a rule names
// (`["Data", "Items"]`).

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The value at `path` of `value` (undefined where a step is missing). */
export function valueAt(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** Sets the value at `path` of `value`, making the objects on the way. */
export function setValueAt(value: Record<string, unknown>, path: readonly string[], member: unknown): void {
  let node = value;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = member;
}
