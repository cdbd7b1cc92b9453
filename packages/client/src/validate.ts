import type { CompiledValidator, SchemaValidationError } from "@wedata-openapi/schema-core";
import { RequestValidationError } from "@wedata-openapi/tc3-fetch";

/** The rule in words: "must be an integer", "must match ^[0-9]+$, e.g. ...", "must be <= 200". */
function describe(error: SchemaValidationError): string {
  const p = error.params;
  const limit = p.limit === undefined ? "" : ` ${String(p.comparison ?? "")}${String(p.limit)}`;
  if (error.keyword === "type") return `must be ${[p.type].flat().join(" or ")}`;
  if (error.keyword === "pattern")
    return typeof p.says === "string" ? `must be ${p.says}` : `must match ${String(p.pattern)}`;
  if (error.keyword === "enum") return `must be one of ${(p.allowedValues as unknown[]).join(", ")}`;
  if (error.keyword === "const") return `must be ${JSON.stringify(p.allowedValue)}`;
  // A number beyond 2^53 has lost its value already; a bigint is sent with all its digits.
  if (error.keyword === "safe-integer") return "must be a bigint beyond 2^53";
  return limit ? `breaks ${error.keyword}${limit}` : (error.message ?? "is invalid");
}

function toError(error: SchemaValidationError, action: string): RequestValidationError {
  const path = error.instancePath.split("/").slice(1);
  const member = error.params.missingProperty ?? error.params.additionalProperty;
  const field = [...path, ...(member === undefined ? [] : [String(member)])].join(".") || "(body)";
  const rule =
    error.keyword === "required"
      ? "is required"
      : error.keyword === "additionalProperties"
        ? `is not a parameter of ${action} (unknown fields are rejected)`
        : describe(error);
  return new RequestValidationError(field, error.keyword, `${action}: ${field} ${rule}`, { action });
}

/**
 * Checks an action's input against the spec's own rules (compiled from it) before anything is signed or sent,
 * also for plain-JavaScript callers passing null, numbers or extra keys. Throws the first problem, naming the
 * field and the rule.
 */
export function assertValid(action: string, validate: CompiledValidator<unknown>, input: unknown): void {
  if (validate(input)) return;
  const first = validate.errors?.[0];
  throw first
    ? toError(first, action)
    : new RequestValidationError("(body)", "schema", `${action}: the input is invalid`, { action });
}
