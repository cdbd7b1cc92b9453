import type { CompiledValidator } from "@wedata-openapi/schema-core";
import { Ajv } from "ajv";

/**
 * Response validators of one version, compiled from its schemas (without prose) by ajv at run time: each
 * named schema once, on first use, in one ajv instance per version, so models shared by many actions are
 * compiled once. ajv is an optional peer dependency: only code that validates responses (the mocks, tests)
 * loads it.
 */
export function createResponseValidators(schemas: object): <T>(name: string) => CompiledValidator<T> {
  let ajv: Ajv | undefined;
  return <T>(name: string) => {
    let compiled: CompiledValidator<T> | undefined;
    const validate = ((data: unknown) => {
      if (!compiled) {
        ajv ??= new Ajv({ strict: false, allErrors: false, validateFormats: false }).addSchema(
          schemas,
          "schemas",
        );
        compiled = ajv.compile<T>({ $ref: `schemas#/components/schemas/${name}` }) as CompiledValidator<T>;
      }
      const ok = compiled(data);
      validate.errors = compiled.errors ?? null;
      return ok;
    }) as CompiledValidator<T>;
    validate.errors = null;
    return validate;
  };
}
