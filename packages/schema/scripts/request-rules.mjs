// Compiles a request schema into the rule table that src/request-rules.ts interprets (see there why). Only
// the keywords request bodies use are accepted; anything else stops `pnpm generate` with the path named, so a
// rule can never be silently ignored.
const ANNOTATION = /^(description|examples|example|default|title|deprecated|x-.*)$/;
const KEYWORDS = {
  type: null,
  pattern: "p",
  enum: "e",
  const: "c",
  minimum: "min",
  maximum: "max",
  minLength: "minL",
  maxLength: "maxL",
  minItems: "minI",
  maxItems: "maxI",
};

const SHARED = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/;

/**
 * A member that only refers to a named schema becomes `{ $rule: Name }`: the generator emits each named rule
 * once per version, so a pattern used by many members and actions is shipped once.
 */
export function toRequestRule(schema, resolve, where, shared) {
  const named = typeof schema?.$ref === "string" ? SHARED.exec(schema.$ref)?.[1] : undefined;
  const onlyAnnotated = named && Object.keys(schema).every((k) => k === "$ref" || ANNOTATION.test(k));
  if (shared && onlyAnnotated) {
    if (!shared.has(named)) {
      shared.set(named, null); // a placeholder first: a schema that refers to itself must not recurse forever
      shared.set(
        named,
        toRequestRule(resolve({ $ref: schema.$ref }), resolve, `${where} (${named})`, shared),
      );
    }
    return { $rule: named };
  }
  const s = resolve(schema);
  const rule = {};
  const types = [s.type ?? (s.properties ? "object" : undefined)].flat();
  const nonNull = types.filter((t) => t !== "null");
  if (nonNull.length !== 1)
    throw new Error(`${where}: a request member needs exactly one JSON type besides null`);
  rule.t = nonNull[0];
  if (types.includes("null")) rule.n = 1;
  // A pattern's meaning in words (the spec's `x-tc-pattern-says`): error messages say it instead of the regex.
  if (typeof s.pattern === "string" && typeof s["x-tc-pattern-says"] === "string")
    rule.ps = s["x-tc-pattern-says"];
  for (const [key, value] of Object.entries(s)) {
    if (ANNOTATION.test(key) || key === "$ref") continue;
    if (key in KEYWORDS) {
      const values = key === "enum" ? value : key === "const" ? [value] : [];
      if (values.some((v) => v !== null && typeof v === "object")) {
        throw new Error(`${where}: ${key} may only hold strings, numbers and booleans in a request`);
      }
      if (KEYWORDS[key]) rule[KEYWORDS[key]] = value;
    } else if (key === "items") {
      rule.i = toRequestRule(value, resolve, `${where}[]`, shared);
    } else if (key === "properties") {
      rule.o = Object.fromEntries(
        Object.entries(value).map(([name, member]) => [
          name,
          toRequestRule(member, resolve, `${where}.${name}`, shared),
        ]),
      );
    } else if (key === "required") {
      if (value.length) rule.r = value;
    } else if (key === "additionalProperties") {
      if (value !== false) throw new Error(`${where}: additionalProperties may only be false in a request`);
      rule.x = 1;
    } else {
      throw new Error(
        `${where}: the keyword "${key}" is not supported in request schemas (see request-rules.mjs)`,
      );
    }
  }
  if (rule.t === "object" && !rule.o) rule.o = {};
  return rule;
}

/**
 * A rule as TypeScript source: `{ $rule: Name }` becomes a reference to the shared rule `Name`, or a getter
 * `() => Name` for the names in `lazy` (a reference into a cycle, not yet defined where it is written).
 */
export function ruleSource(rule, lazy = new Set(), prefix = "") {
  return JSON.stringify(rule).replace(/\{"\$rule":"([A-Za-z0-9_]+)"\}/g, (_, name) =>
    lazy.has(name) ? `() => ${prefix}${name}` : `${prefix}${name}`,
  );
}

/** The names of the shared rules a rule refers to. */
export function ruleNames(rule) {
  return [
    ...new Set([...JSON.stringify(rule).matchAll(/\{"\$rule":"([A-Za-z0-9_]+)"\}/g)].map((m) => m[1])),
  ].sort();
}
