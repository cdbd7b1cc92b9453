// Classifies what changed between two specs of one API version, per action and member path, by what it means
// to a TypeScript user of the packages (README "When Tencent changes the API"):
// - major: an action removed; a request member removed, newly required, or its accepted values narrowed (a
//   different TypeScript type, a new or tighter constraint, null no longer accepted); a response member
//   removed, its TypeScript type changed, or newly nullable;
// - minor: an action added; an optional request member added; a request member made optional or its accepted
//   values widened (a constraint dropped or loosened, null accepted); a response member added or no longer
//   nullable;
// - patch: descriptions, summaries, examples and other annotations only.
// The bump is the highest of all changes. A change to a shared model is reported for every action reaching it.

import { ANNOTATIONS, refResolver } from "./conventions.mjs";

const ORDER = ["none", "patch", "minor", "major"];
export const higher = (a, b) => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

/** Keywords that narrow what a value may be; `enum` is compared by its values. */
const CONSTRAINTS = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "pattern",
  "const",
  "multipleOf",
  "format",
];
/** How deep a member path is followed: recursive models stop where they repeat. */
const MAX_DEPTH = 12;

/** The TypeScript shape of a schema as a word (`string`, `number`, `boolean`, `array`, `object`), nullability apart. */
function shapeOf(schema, resolve) {
  const s = resolve(schema).schema;
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives) {
    const shapes = alternatives.map((a) => shapeOf(a, resolve)).filter((x) => x.type !== "null");
    return {
      type: shapes.map((x) => x.type).join("|") || "null",
      nullable: alternatives.some((a) => shapeOf(a, resolve).nullable || resolve(a).schema.type === "null"),
      schema: shapes.length === 1 ? shapes[0].schema : s,
    };
  }
  const types = [s.type ?? (s.properties ? "object" : s.items ? "array" : "unknown")].flat();
  const tsType = (t) => (t === "integer" ? "number" : t);
  const nonNull = [...new Set(types.filter((t) => t !== "null").map(tsType))];
  return { type: nonNull.join("|") || "null", nullable: types.includes("null"), schema: s };
}

/** Every member path of a schema: `Data.Items[].TaskName` -> its shape, constraints, required flag, prose. */
export function memberPaths(spec, schema) {
  const resolve = refResolver(spec);
  const out = new Map();
  const visit = (node, path, required, seen) => {
    const { schema: s, refs } = resolve(node);
    if (refs.some((r) => seen.has(r)) || path.split(".").length > MAX_DEPTH) return;
    const nextSeen = new Set([...seen, ...refs]);
    const shape = shapeOf(node, resolve);
    const target = resolve(shape.schema).schema;
    if (path) {
      const constraints = {};
      for (const key of CONSTRAINTS) if (target[key] !== undefined) constraints[key] = target[key];
      const prose = {};
      for (const key of ANNOTATIONS)
        if (s[key] !== undefined || target[key] !== undefined) prose[key] = s[key] ?? target[key];
      out.set(path, {
        type: shape.type,
        nullable: shape.nullable,
        required,
        constraints,
        enum: Array.isArray(target.enum) ? target.enum : undefined,
        prose: JSON.stringify(prose),
      });
    }
    const innerSeen = new Set([...nextSeen, ...resolve(shape.schema).refs]);
    if (target.properties) {
      const req = new Set(target.required ?? []);
      for (const [name, member] of Object.entries(target.properties)) {
        if (member === false) continue;
        visit(member, path ? `${path}.${name}` : name, req.has(name), innerSeen);
      }
    }
    if (target.items) visit(target.items, `${path}[]`, false, innerSeen);
  };
  visit(schema, "", false, new Set());
  return out;
}

/** The request schema and the success content of an action. */
function sides(spec, action) {
  const op = spec.paths?.[`/#${action}`]?.post ?? {};
  const resolve = refResolver(spec);
  const request = op.requestBody?.content?.["application/json"]?.schema ?? { type: "object", properties: {} };
  const body = resolve(op.responses?.["200"]?.content?.["application/json"]?.schema).schema;
  const envelope = resolve(body.properties?.Response).schema;
  const success = (envelope.anyOf ?? envelope.oneOf ?? [envelope]).find(
    (alternative) => !resolve(alternative).schema.required?.includes("Error"),
  );
  return { op, request, response: success ?? {} };
}

const show = (value) =>
  value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value);

function compareMembers(action, where, before, after, changes) {
  const request = where === "request";
  const add = (path, kind, bump, from, to) =>
    changes.push({
      action,
      where,
      path,
      kind,
      breaking: bump === "major",
      bump,
      from: show(from),
      to: show(to),
    });
  const under = (path, parents) => parents.some((p) => path.startsWith(`${p}.`) || path.startsWith(`${p}[]`));
  const removed = [...before.keys()].filter((p) => !after.has(p));
  const added = [...after.keys()].filter((p) => !before.has(p));
  // Below a member that is gone, new, or of another type, the member itself says it all.
  const retyped = [...before.keys()].filter((p) => after.has(p) && after.get(p).type !== before.get(p).type);
  for (const path of removed)
    if (!under(path, [...removed, ...retyped]))
      add(path, "removed", "major", before.get(path).type, undefined);
  for (const path of added) {
    if (under(path, [...added, ...retyped])) continue;
    const member = after.get(path);
    add(path, "added", request && member.required ? "major" : "minor", undefined, member.type);
  }
  for (const [path, a] of before) {
    const b = after.get(path);
    if (!b || under(path, retyped)) continue;
    if (a.type !== b.type) {
      add(path, "type", "major", a.type, b.type);
      continue;
    }
    if (a.nullable !== b.nullable) {
      const widened = b.nullable;
      // Requests: accepting null widens; responses: returning null breaks readers.
      add(path, "nullable", request === widened ? "minor" : "major", a.nullable, b.nullable);
    }
    if (request && a.required !== b.required)
      add(path, "required", b.required ? "major" : "minor", a.required, b.required);
    const keys = new Set([...Object.keys(a.constraints), ...Object.keys(b.constraints)]);
    for (const key of keys) {
      const from = a.constraints[key];
      const to = b.constraints[key];
      if (JSON.stringify(from) === JSON.stringify(to)) continue;
      // A constraint that appears or changes narrows what a request may send; one that goes away widens it.
      // In a response constraints change no TypeScript type: documentation.
      const bump = !request
        ? "patch"
        : to === undefined
          ? "minor"
          : loosened(key, from, to)
            ? "minor"
            : "major";
      add(path, `constraint:${key}`, bump, from, to);
    }
    if (JSON.stringify(a.enum) !== JSON.stringify(b.enum)) {
      const dropped = (a.enum ?? []).some((v) => !(b.enum ?? []).includes(v));
      const bump = !request
        ? "patch"
        : b.enum === undefined
          ? "minor"
          : a.enum === undefined || dropped
            ? "major"
            : "minor";
      add(path, "enum", bump, a.enum, b.enum);
    }
    if (a.prose !== b.prose) add(path, "description", "patch", undefined, undefined);
  }
}

/** A numeric limit that lets more through than before. */
function loosened(key, from, to) {
  if (from === undefined || typeof from !== "number" || typeof to !== "number") return false;
  return /^(minimum|exclusiveMinimum|minLength|minItems)$/.test(key)
    ? to < from
    : /^(maximum|exclusiveMaximum|maxLength|maxItems)$/.test(key)
      ? to > from
      : false;
}

/** Differences of one version: actions added and removed, and every member change of the others. */
export function diffVersion(base, head) {
  const actionsOf = (spec) =>
    Object.keys(spec?.paths ?? {})
      .map((p) => p.slice(2))
      .sort();
  const before = actionsOf(base);
  const after = actionsOf(head);
  const added = after.filter((a) => !before.includes(a));
  const removed = before.filter((a) => !after.includes(a));
  const changes = [];
  for (const action of after.filter((a) => before.includes(a))) {
    const a = sides(base, action);
    const b = sides(head, action);
    compareMembers(action, "request", memberPaths(base, a.request), memberPaths(head, b.request), changes);
    compareMembers(action, "response", memberPaths(base, a.response), memberPaths(head, b.response), changes);
    const opProse = (op) =>
      JSON.stringify([
        op.summary,
        op.description,
        op.deprecated,
        op.tags,
        op.requestBody?.content?.["application/json"]?.examples,
        op.responses?.["200"]?.content?.["application/json"]?.examples,
        op["x-tc-rate-limit"],
        op["x-tc-idempotent"],
        op["x-tc-check-with"],
      ]);
    if (opProse(a.op) !== opProse(b.op))
      changes.push({
        action,
        where: "operation",
        path: "",
        kind: "description",
        breaking: false,
        bump: "patch",
      });
  }
  let bump = removed.length ? "major" : added.length ? "minor" : "none";
  for (const change of changes) bump = higher(bump, change.bump);
  return { bump, added, removed, changes };
}

/** Differences of every version: `{ bump, versions: { <version>: { added, removed, changes } } }`. */
export function diffSpecs(baseByVersion, headByVersion) {
  const versions = [...new Set([...Object.keys(baseByVersion), ...Object.keys(headByVersion)])].sort();
  const result = { bump: "none", versions: {} };
  for (const version of versions) {
    const { bump, ...rest } = diffVersion(
      baseByVersion[version] ?? { paths: {} },
      headByVersion[version] ?? { paths: {} },
    );
    result.versions[version] = rest;
    result.bump = higher(result.bump, bump);
  }
  return result;
}

/** The report as Markdown: what a changelog says. */
export function markdownReport(diff) {
  const lines = [];
  for (const [version, { added, removed, changes }] of Object.entries(diff.versions)) {
    if (!added.length && !removed.length && !changes.length) continue;
    lines.push(`### API ${version}`, "");
    if (added.length) lines.push(`Added actions: ${added.map((a) => `\`${a}\``).join(", ")}.`, "");
    if (removed.length)
      lines.push(`**Removed actions (breaking):** ${removed.map((a) => `\`${a}\``).join(", ")}.`, "");
    const breaking = changes.filter((c) => c.breaking);
    if (breaking.length) {
      lines.push("**Breaking changes:**", "");
      for (const c of breaking) {
        const detail =
          c.kind === "removed"
            ? "removed"
            : c.kind === "added"
              ? "added, required"
              : `${c.kind}: ${c.from ?? "none"} -> ${c.to ?? "none"}`;
        lines.push(`- \`${c.action}\` ${c.where} \`${c.path}\`: ${detail}`);
      }
      lines.push("");
    }
    const additive = new Map();
    for (const c of changes.filter((c) => c.bump === "minor"))
      additive.set(c.action, (additive.get(c.action) ?? 0) + 1);
    if (additive.size) {
      lines.push("Additive changes:", "");
      for (const [action, count] of [...additive].sort()) lines.push(`- \`${action}\`: ${count}`);
      lines.push("");
    }
    const patches = changes.filter((c) => c.bump === "patch").length;
    if (patches) lines.push(`Documentation and examples: ${patches} change(s).`, "");
  }
  return lines.length ? lines.join("\n") : "No changes.\n";
}
