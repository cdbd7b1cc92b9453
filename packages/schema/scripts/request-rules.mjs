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

export function toRequestRule(schema, resolve, where) {
  const s = resolve(schema);
  const rule = {};
  const types = [s.type ?? (s.properties ? "object" : undefined)].flat();
  const nonNull = types.filter((t) => t !== "null");
  if (nonNull.length !== 1)
    throw new Error(`${where}: a request member needs exactly one JSON type besides null`);
  rule.t = nonNull[0];
  if (types.includes("null")) rule.n = 1;
  for (const [key, value] of Object.entries(s)) {
    if (ANNOTATION.test(key) || key === "$ref") continue;
    if (key in KEYWORDS) {
      if (KEYWORDS[key]) rule[KEYWORDS[key]] = value;
    } else if (key === "items") {
      rule.i = toRequestRule(value, resolve, `${where}[]`);
    } else if (key === "properties") {
      rule.o = Object.fromEntries(
        Object.entries(value).map(([name, member]) => [
          name,
          toRequestRule(member, resolve, `${where}.${name}`),
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
  // An example makes a broken pattern actionable ("must match ^[0-9]+$, e.g. 1460947878944567296").
  const example = s.examples?.[0] ?? s.example;
  if (rule.p !== undefined && typeof example === "string") rule.ex = example;
  return rule;
}
