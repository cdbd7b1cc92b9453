import type { GetTaskInstanceRequest } from "@wedata-openapi/schema";
import {
  type CompiledValidator,
  type SchemaValidationError,
  validateGetTaskInstanceRequest,
} from "@wedata-openapi/schema/validators";
import { RequestValidationError } from "@wedata-openapi/tc3-fetch";

function describe(error: SchemaValidationError): string {
  const p = error.params;
  switch (error.keyword) {
    case "type":
      return `must be ${[p.type]
        .flat()
        .map((t) =>
          t === "object" || t === "array" || t === "integer" ? `an ${t}` : t === "null" ? "null" : `a ${t}`,
        )
        .join(" or ")}`;
    case "pattern":
      return `must match ${String(p.pattern)}${p.example ? `, e.g. "${String(p.example)}"` : ""}`;
    case "enum":
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "minimum":
    case "maximum":
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case "minLength":
    case "maxLength":
    case "minItems":
    case "maxItems":
      return `breaks ${error.keyword} ${String(p.limit)}`;
    default:
      return error.message ?? "is invalid";
  }
}

function toError(error: SchemaValidationError, action: string): RequestValidationError {
  const path = error.instancePath.split("/").slice(1).join(".");
  if (error.keyword === "required") {
    const field = path
      ? `${path}.${String(error.params.missingProperty)}`
      : String(error.params.missingProperty);
    return new RequestValidationError(field, "required", `${action}: ${field} is required`, { action });
  }
  if (error.keyword === "additionalProperties") {
    const field = path
      ? `${path}.${String(error.params.additionalProperty)}`
      : String(error.params.additionalProperty);
    return new RequestValidationError(
      field,
      "additionalProperties",
      `${action}: ${field} is not a parameter of ${action} (unknown fields are rejected)`,
      { action },
    );
  }
  const field = path || "(body)";
  return new RequestValidationError(field, error.keyword, `${action}: ${field} ${describe(error)}`, {
    action,
  });
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

/** @deprecated Use `client.getTaskInstance`, which validates; kept for callers of the first release. */
export function assertGetTaskInstanceRequest(
  input: unknown,
  action = "GetTaskInstance",
): asserts input is GetTaskInstanceRequest {
  assertValid(action, validateGetTaskInstanceRequest, input);
}
