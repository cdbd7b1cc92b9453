/** One failed rule, as ajv reports it (`instancePath` is a JSON pointer into the checked value). */
export interface SchemaValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A validator compiled ahead of time from the spec: a type guard that keeps its errors on `errors`. */
export interface CompiledValidator<T> {
  (data: unknown): data is T;
  errors?: SchemaValidationError[] | null;
}
