// Kept for callers of the first release; its own module, so that an entry that does not export it (the bare
// client) never loads the 2021-08-20 action table.

// The action's own module: the validators entry would load the response validators (and ajv) too.
import { validateGetTaskInstanceRequest } from "@wedata-openapi/schema-core/v20210820/actions/GetTaskInstance";
import type { GetTaskInstanceRequest } from "@wedata-openapi/schema-core/v20210820/client";
import { assertValid } from "./validate.js";

/** @deprecated Use `client.getTaskInstance`, which validates; kept for callers of the first release. */
export function assertGetTaskInstanceRequest(
  input: unknown,
  action = "GetTaskInstance",
): asserts input is GetTaskInstanceRequest {
  assertValid(action, validateGetTaskInstanceRequest, input);
}
