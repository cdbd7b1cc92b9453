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
  /** pattern (unicode) and an example that matches it; enum; const. */
  p?: string;
  ex?: string;
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
  i?: RequestRule;
  /** Object members, required members, and whether unknown members are refused. */
  o?: Readonly<Record<string, RequestRule>>;
  r?: readonly string[];
  x?: 1;
}

const isType = (value: unknown, type: string): boolean => {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    default:
      return typeof value === "object" && value !== null && !Array.isArray(value);
  }
};

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The first rule `value` breaks, in ajv's order (type, required, unknown members, members, values). */
function check(rule: RequestRule, value: unknown, path: string): SchemaValidationError | undefined {
  const fail = (keyword: string, params: Record<string, unknown>): SchemaValidationError => ({
    instancePath: path,
    schemaPath: `#/${keyword}`,
    keyword,
    params,
  });
  if (value === null && rule.n) return undefined;
  if (!isType(value, rule.t)) return fail("type", { type: rule.n ? [rule.t, "null"] : rule.t });
  if (rule.o) {
    const object = value as Record<string, unknown>;
    for (const name of rule.r ?? []) {
      if (object[name] === undefined) return fail("required", { missingProperty: name });
    }
    if (rule.x) {
      for (const name in object) {
        if (!Object.hasOwn(rule.o, name)) return fail("additionalProperties", { additionalProperty: name });
      }
    }
    for (const name in rule.o) {
      if (object[name] === undefined) continue;
      const error = check(rule.o[name] as RequestRule, object[name], `${path}/${name}`);
      if (error) return error;
    }
  }
  if (typeof value === "string") {
    const length = [...value].length;
    if (rule.maxL !== undefined && length > rule.maxL) return fail("maxLength", { limit: rule.maxL });
    if (rule.minL !== undefined && length < rule.minL) return fail("minLength", { limit: rule.minL });
    if (rule.p !== undefined && !new RegExp(rule.p, "u").test(value))
      return fail("pattern", { pattern: rule.p, example: rule.ex });
  }
  if (typeof value === "number") {
    if (rule.max !== undefined && value > rule.max)
      return fail("maximum", { comparison: "<=", limit: rule.max });
    if (rule.min !== undefined && value < rule.min)
      return fail("minimum", { comparison: ">=", limit: rule.min });
  }
  if (Array.isArray(value)) {
    if (rule.maxI !== undefined && value.length > rule.maxI) return fail("maxItems", { limit: rule.maxI });
    if (rule.minI !== undefined && value.length < rule.minI) return fail("minItems", { limit: rule.minI });
    if (rule.i) {
      for (let index = 0; index < value.length; index++) {
        const error = check(rule.i, value[index], `${path}/${index}`);
        if (error) return error;
      }
    }
  }
  if (rule.e && !rule.e.some((allowed) => sameValue(allowed, value))) {
    return fail("enum", { allowedValues: rule.e });
  }
  if ("c" in rule && !sameValue(rule.c, value)) return fail("const", { allowedValue: rule.c });
  return undefined;
}

/** A validator (same contract as ajv's: a type guard keeping its errors on `errors`) from a rule table. */
export function createRequestValidator<T>(rule: RequestRule): CompiledValidator<T> {
  const validate = ((data: unknown) => {
    const error = check(rule, data, "");
    validate.errors = error ? [error] : null;
    return !error;
  }) as CompiledValidator<T>;
  validate.errors = null;
  return validate;
}
