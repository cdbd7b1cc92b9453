// What every stage of the pipeline (import, diff, generate) agrees on, in one place: the service's default
// rate limit, the keywords that only document a schema, and the one `$ref` resolver.

/** Tencent Cloud's default request-rate limit (per second per action), where the metadata states none. */
export const DEFAULT_RATE_LIMIT = 20;

/** Keywords that document a schema and never change what it accepts. */
export const ANNOTATIONS = Object.freeze([
  "description",
  "summary",
  "title",
  "examples",
  "example",
  "default",
  "deprecated",
]);

/**
 * Follows local `$ref`s of `spec` (OpenAPI 3.1: members beside a `$ref` describe this use and win); returns the
 * schema and the references followed. Fails loudly, naming `where`, on a cycle, a remote or a dangling reference.
 */
export function refResolver(spec, where = "spec") {
  return (value) => {
    let current = value ?? {};
    const refs = [];
    while (current && typeof current === "object" && typeof current.$ref === "string") {
      if (refs.length > 20) throw new Error(`${where}: $ref cycle at ${value.$ref}`);
      const { $ref, ...siblings } = current;
      if (!$ref.startsWith("#/")) throw new Error(`${where}: only local $refs are supported (${$ref})`);
      refs.push($ref);
      const target = $ref
        .slice(2)
        .split("/")
        .reduce((node, part) => node?.[part.replaceAll("~1", "/").replaceAll("~0", "~")], spec);
      if (target === undefined) throw new Error(`${where}: ${$ref} does not resolve`);
      current = { ...target, ...siblings };
    }
    return { schema: current, refs };
  };
}
