/** A schema of the generated openapi.json as the tests walk it (through $refs and nullable unions). */
export type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
};

/** Resolving `$ref`s of a document (siblings of a `$ref` win, as in OpenAPI 3.1), and the JSON types a schema accepts. */
export function schemaWalker(spec: object) {
  const resolve = (schema: Schema): Schema => {
    let current = schema;
    while (current.$ref) {
      const { $ref, ...rest } = current;
      const target = $ref
        .slice(2)
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec) as Schema;
      current = { ...target, ...rest };
    }
    return current;
  };
  /** The JSON types a schema accepts, through refs and nullable unions, and its schema other than null. */
  const typesOf = (schema: Schema): { types: Set<string>; target: Schema } => {
    const s = resolve(schema);
    const alternatives = s.oneOf ?? s.anyOf;
    if (alternatives) {
      const parts = alternatives.map(typesOf);
      const nonNull = parts.find((p) => !p.types.has("null") || p.types.size > 1);
      return { types: new Set(parts.flatMap((p) => [...p.types])), target: nonNull?.target ?? s };
    }
    const declared = s.type ?? (s.properties ? "object" : undefined);
    return { types: new Set([declared].flat().filter((t): t is string => Boolean(t))), target: s };
  };
  return { resolve, typesOf };
}
