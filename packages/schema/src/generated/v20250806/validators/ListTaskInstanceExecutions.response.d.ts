// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { CompiledValidator } from "../../../validator-types.js";
import type { components, operations } from "../types.js";
export declare const validateListTaskInstanceExecutionsResponseBody: CompiledValidator<operations["ListTaskInstanceExecutions"]["responses"][200]["content"]["application/json"]>;
export declare const validateTaskInstanceExecutions: CompiledValidator<components["schemas"]["TaskInstanceExecutions"]>;
