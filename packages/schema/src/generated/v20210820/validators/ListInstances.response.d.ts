// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { CompiledValidator } from "../../../validator-types.js";
import type { components, operations } from "../types.js";
export declare const validateListInstancesResponseBody: CompiledValidator<operations["ListInstances"]["responses"][200]["content"]["application/json"]>;
export declare const validateInstancePageVO: CompiledValidator<components["schemas"]["InstancePageVO"]>;
