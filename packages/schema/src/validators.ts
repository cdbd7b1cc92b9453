/**
 * Validators compiled by ajv (standalone mode) from the spec's own schemas at `pnpm generate` time, so
 * checking a value needs no ajv at run time and can never disagree with the generated types.
 */
export { validateGetTaskInstanceRequest } from "./generated/validators-request.js";
export {
  validateGetTaskInstanceResponseBody,
  validateInstanceDetailVO,
} from "./generated/validators-response.js";
export type { CompiledValidator, SchemaValidationError } from "./validator-types.js";
