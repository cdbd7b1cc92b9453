/**
 * Validators of API version 2021-08-20, compiled from the spec at `pnpm generate` time: request rule tables
 * (see request-rules.ts) and ajv standalone code for response bodies, so checking a value needs no ajv at run
 * time and can never disagree with the generated types.
 */

export type { CompiledValidator, SchemaValidationError } from "@wedata-openapi/schema-core";
export * from "./generated/v20210820/validators/index.js";
