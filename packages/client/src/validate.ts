import type { GetTaskInstanceRequest } from "@wedata-openapi/schema";
import {
  type SchemaValidationError,
  validateGetTaskInstanceRequest,
} from "@wedata-openapi/schema/validators";
import { RequestValidationError } from "@wedata-openapi/tc3-fetch";

// What each pattern of the spec means, in words a caller can act on.
const PATTERNS: Record<string, string> = {
  ProjectId: 'must be a string of digits, e.g. "1460947878944567296"',
  InstanceKey: 'must be "<TaskId>_<yyyy-MM-dd HH:mm:ss>", e.g. "20250326150742906_2025-03-28 00:00:00"',
  ScheduleTimeZone: 'must be "UTC+H", "UTC-H" or "UTC+H:MM" with hours 0 to 14, e.g. "UTC+8" or "UTC+5:30"',
};

function toError(error: SchemaValidationError, action: string): RequestValidationError {
  const path = error.instancePath.split("/").slice(1).join(".");
  const params = error.params;
  switch (error.keyword) {
    case "required": {
      const field = String(params.missingProperty);
      return new RequestValidationError(field, "required", `${action}: ${field} is required`, { action });
    }
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      return new RequestValidationError(
        field,
        "additionalProperties",
        `${action}: ${field} is not a parameter of ${action} (unknown fields are rejected)`,
        { action },
      );
    }
    case "type": {
      const field = path || "(body)";
      return new RequestValidationError(
        field,
        "type",
        `${action}: ${field} must be a ${String(params.type)}`,
        { action },
      );
    }
    case "pattern": {
      const rule = PATTERNS[path] ?? `must match ${String(params.pattern)}`;
      return new RequestValidationError(path, "pattern", `${action}: ${path} ${rule}`, { action });
    }
    default:
      return new RequestValidationError(
        path || "(body)",
        error.keyword,
        `${action}: ${path || "the input"} ${error.message ?? "is invalid"}`,
        {
          action,
        },
      );
  }
}

/**
 * Checks a GetTaskInstance input against the spec's own rules (compiled from it) before anything is signed
 * or sent, also for plain-JavaScript callers passing null, numbers or extra keys.
 */
export function assertGetTaskInstanceRequest(
  input: unknown,
  action = "GetTaskInstance",
): asserts input is GetTaskInstanceRequest {
  if (validateGetTaskInstanceRequest(input)) return;
  const errors = validateGetTaskInstanceRequest.errors ?? [];
  // Report the most useful problem first: a wrong shape before a missing field before a bad value.
  const order = ["type", "required", "additionalProperties", "pattern"];
  const first = [...errors].sort(
    (a, b) => (order.indexOf(a.keyword) + 1 || 9) - (order.indexOf(b.keyword) + 1 || 9),
  )[0];
  throw first
    ? toError(first, action)
    : new RequestValidationError("(body)", "schema", `${action}: the input is invalid`, { action });
}
