import type { CompiledValidator, SchemaValidationError } from "./validator-types.js";

/**
 * A request schema compiled at `pnpm generate` time into the few rules request bodies use. Request validators
 * run in every client bundle: a rule table and this one interpreter are several times smaller than ajv's
 * standalone code per action, and `pnpm test` holds them to ajv's verdicts on the same schemas.
 * Short keys keep the tables small; the generator refuses a request schema with any other keyword.
 */
export interface RequestRule {
  /** JSON type: string, integer, number, boolean, array, object. */
  t: string;
  /** `null` is allowed too. */
  n?: 1;
  /** pattern (unicode); enum and const (of primitive values). */
  p?: string;
  /** What the pattern means, in words, for messages (`x-tc-pattern-says`). */
  ps?: string;
  e?: readonly unknown[];
  c?: unknown;
  /** minimum, maximum (numbers); minLength, maxLength (strings); minItems, maxItems (arrays). */
  min?: number;
  max?: number;
  minL?: number;
  maxL?: number;
  minI?: number;
  maxI?: number;
  /** Array items. */
  i?: RuleRef;
  /** Object members, required members, and whether unknown members are refused. */
  o?: Readonly<Record<string, RuleRef>>;
  r?: readonly string[];
  x?: 1;
}

/** A rule, or a getter of one: how a model that contains itself (directly or not) refers back into the cycle. */
export type RuleRef = RequestRule | (() => RequestRule);

const TYPES: Record<string, (value: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  // Every integer of the API is 64-bit: a bigint carries what a number cannot (sent as a plain JSON number).
  integer: (v) => Number.isInteger(v) || typeof v === "bigint",
  number: (v) => typeof v === "number" && Number.isFinite(v),
  boolean: (v) => typeof v === "boolean",
  array: Array.isArray,
  // (Members are read as own properties below: what an object inherits is never taken for a member.)
  object: (v) => typeof v === "object" && v !== null && !Array.isArray(v),
};

// [rule key, keyword, the measure it limits, true for an upper bound]: ajv's order of these checks.
const LIMITS: ReadonlyArray<
  readonly [keyof RequestRule, string, (v: unknown) => number | undefined, boolean]
> = [
  ["maxL", "maxLength", (v) => (typeof v === "string" ? [...v].length : undefined), true],
  ["minL", "minLength", (v) => (typeof v === "string" ? [...v].length : undefined), false],
  ["max", "maximum", (v) => (typeof v === "number" || typeof v === "bigint" ? Number(v) : undefined), true],
  ["min", "minimum", (v) => (typeof v === "number" || typeof v === "bigint" ? Number(v) : undefined), false],
  ["maxI", "maxItems", (v) => (Array.isArray(v) ? v.length : undefined), true],
  ["minI", "minItems", (v) => (Array.isArray(v) ? v.length : undefined), false],
];

/** The first rule `value` breaks, in ajv's order (type, enum/const, required, unknown members, members, values). */
function check(ref: RuleRef, value: unknown, path: string): SchemaValidationError | undefined {
  const rule = typeof ref === "function" ? ref() : ref;
  const fail = (keyword: string, params: Record<string, unknown>): SchemaValidationError => ({
    instancePath: path,
    schemaPath: "",
    keyword,
    params,
  });
  if (value === null && rule.n) return undefined;
  if (!TYPES[rule.t]?.(value)) return fail("type", { type: rule.n ? [rule.t, "null"] : rule.t });
  // Unlike ajv (which sees JSON, not JavaScript): a number beyond 2^53 has already lost its value, so it is
  // refused rather than sent as another (a bigint carries such a value; the service judges its range).
  if (rule.t === "integer" && typeof value === "number" && !Number.isSafeInteger(value))
    return fail("safe-integer", {});
  // Enums and consts of requests are strings, numbers or booleans (the generator refuses others). ajv checks
  // them before the type's own keywords (limits, pattern, members): so do these, for the same first error.
  if (rule.e && !rule.e.includes(value)) return fail("enum", { allowedValues: rule.e });
  if ("c" in rule && rule.c !== value) return fail("const", { allowedValue: rule.c });
  if (rule.o) {
    const object = value as Record<string, unknown>;
    // Own members only: `__proto__` given as a key must not lend the input members it does not have.
    const own = (name: string) => (Object.hasOwn(object, name) ? object[name] : undefined);
    const missing = rule.r?.find((name) => own(name) === undefined);
    if (missing) return fail("required", { missingProperty: missing });
    const unknown = rule.x
      ? Object.keys(object).find((name) => !Object.hasOwn(rule.o as object, name))
      : undefined;
    if (unknown !== undefined) return fail("additionalProperties", { additionalProperty: unknown });
    for (const name in rule.o) {
      const member = own(name);
      const error =
        member === undefined ? undefined : check(rule.o[name] as RuleRef, member, `${path}/${name}`);
      if (error) return error;
    }
  }
  for (const [key, keyword, measure, upper] of LIMITS) {
    const limit = rule[key] as number | undefined;
    const size = limit === undefined ? undefined : measure(value);
    if (size !== undefined && (upper ? size > (limit as number) : size < (limit as number))) {
      return fail(keyword, { comparison: key === "max" ? "<=" : key === "min" ? ">=" : undefined, limit });
    }
  }
  if (rule.p !== undefined && !new RegExp(rule.p, "u").test(value as string)) {
    return fail("pattern", rule.ps ? { pattern: rule.p, says: rule.ps } : { pattern: rule.p });
  }
  if (Array.isArray(value) && rule.i) {
    for (let index = 0; index < value.length; index++) {
      const error = check(rule.i, value[index], `${path}/${index}`);
      if (error) return error;
    }
  }
  return undefined;
}

/**
 * A rule built on first use and kept. Generated rule tables are functions so that loading a version's table
 * creates no objects (hundreds of actions' rules would otherwise be built at import); a rule that refers to
 * another, or to itself through a cycle, refers to its getter.
 */
export function lazyRule(make: () => RequestRule): () => RequestRule {
  let rule: RequestRule | undefined;
  return () => {
    rule ??= make();
    return rule;
  };
}

/** A validator (same contract as ajv's: a type guard keeping its errors on `errors`) from a rule table. */
export function createRequestValidator<T>(rule: RuleRef): CompiledValidator<T> {
  const validate = ((data: unknown) => {
    const error = check(rule, data, "");
    validate.errors = error ? [error] : null;
    return !error;
  }) as CompiledValidator<T>;
  validate.errors = null;
  return validate;
}
