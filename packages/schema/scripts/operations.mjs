// Reads the operations of one spec: one `/#<Action>` path key per action, its headers (inline or through
// $ref), its request and response schemas, extensions and examples. Fails loudly, naming the path, when the
// spec breaks a convention the generated code relies on.

import { DEFAULT_RATE_LIMIT, refResolver } from "../../../scripts/spec/conventions.mjs";
import { toRequestRule } from "./request-rules.mjs";

const JSON_MEDIA = "application/json";

/** The generator's `$ref` resolver (conventions.mjs): the schema a reference leads to. */
export function resolver(spec, specFile) {
  const resolveWithRefs = refResolver(spec, specFile);
  return (value) => resolveWithRefs(value).schema;
}

/** The component name a schema refers to, through a nullable `oneOf`/`anyOf` if need be. */
export function refName(schema) {
  if (!schema || typeof schema !== "object") return undefined;
  const direct = typeof schema.$ref === "string" ? schema.$ref : undefined;
  const alternatives = schema.oneOf ?? schema.anyOf;
  const viaUnion = Array.isArray(alternatives)
    ? alternatives.filter((s) => s.type !== "null").map((s) => s.$ref)
    : [];
  const ref = direct ?? (viaUnion.length === 1 ? viaUnion[0] : undefined);
  return typeof ref === "string" && ref.startsWith("#/components/schemas/")
    ? ref.split("/").pop()
    : undefined;
}

/**
 * The example values of a media type (`example`, or each of `examples`, through $refs): hand-written ones
 * (the overlay's) before Tencent's published ones (`published<N>`), so a curated example is what the mocks
 * and typed fixtures use.
 */
function exampleValues(media, resolve) {
  if (!media) return [];
  if (media.example !== undefined) return [media.example];
  const entries = Object.entries(media.examples ?? {});
  const published = (key) => /^published\d+$/.test(key);
  return [...entries.filter(([k]) => !published(k)), ...entries.filter(([k]) => published(k))].map(
    ([, e]) => resolve(e)?.value,
  );
}

/** The request member of a command line: its JSON type (arrays with their item type), rules and prose. */
function describeMember(name, schema, required, resolve) {
  const resolved = resolve(schema);
  const types = [resolved.type].flat().filter((t) => t && t !== "null");
  const type = types[0] ?? (resolved.properties ? "object" : "string");
  const member = { name, type, required };
  if (type === "array") {
    const items = resolve(resolved.items ?? {});
    member.items = [items.type].flat().find((t) => t && t !== "null") ?? "string";
    if (Array.isArray(items.enum)) member.enum = items.enum;
  }
  if (Array.isArray(resolved.enum)) member.enum = resolved.enum;
  if (resolved.default !== undefined) member.default = resolved.default;
  const example = resolved.examples?.[0] ?? resolved.example;
  if (example !== undefined) member.example = example;
  if (typeof resolved.description === "string") member.description = resolved.description.trim();
  // Tencent's Chinese text, where the description is the English documentation's (`x-tc-zh`).
  if (typeof resolved["x-tc-zh"] === "string") member.zh = resolved["x-tc-zh"].trim();
  return member;
}

/** The simplest value a schema accepts (a stand-in for an action whose published examples are all errors). */
function sampleOf(schema, resolve) {
  const s = resolve(schema);
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives)
    return sampleOf(alternatives.find((a) => resolve(a).type !== "null") ?? alternatives[0], resolve);
  const type = [s.type ?? (s.properties ? "object" : "null")].flat()[0];
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  return (
    { object: {}, array: [], string: "", integer: 0, number: 0, boolean: false, null: null }[type] ?? null
  );
}

/** Every action of a spec; `sharedRules` collects the named request rules they refer to. */
export function describeOperations(spec, specFile, sharedRules = new Map()) {
  const resolve = resolver(spec, specFile);
  const version = String(spec.info.version);
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const where = `${specFile} ${path}`;
    const match = /^\/#([A-Z][A-Za-z0-9]*)$/.exec(path);
    if (!match) throw new Error(`${where}: every path key must be "/#<Action>" (the fragment is never sent)`);
    const methods = Object.keys(item).filter((k) => ["get", "put", "post", "delete", "patch"].includes(k));
    if (methods.length !== 1 || methods[0] !== "post") {
      throw new Error(`${where}: an action is exactly one POST operation`);
    }
    const op = item.post;
    const action = match[1];
    if (op.operationId !== undefined && op.operationId !== action) {
      throw new Error(`${where}: operationId must be "${action}" (or absent)`);
    }

    const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
    for (const p of parameters) {
      if (p.in === "query") {
        throw new Error(
          `${where}: "${p.name}" is a query parameter; clients append queries after the #fragment, where they are lost`,
        );
      }
    }
    const header = (name) =>
      parameters.find((p) => p.in === "header" && String(p.name).toLowerCase() === name.toLowerCase());
    const constOf = (name) => {
      const p = header(name);
      const schema = p ? resolve(p.schema ?? {}) : {};
      return (
        schema.const ?? (Array.isArray(schema.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined)
      );
    };
    // The headers are what the types show; the path key and info.version are what is sent. A header that is
    // declared must agree with them; one that is missing only costs the literal type (said, not fatal).
    for (const [name, expected] of [
      ["X-TC-Action", action],
      ["X-TC-Version", version],
    ]) {
      const declared = constOf(name);
      if (declared === undefined) {
        console.warn(
          `${where}: no ${name} header with { const: ${expected} }; the table still sends "${expected}"`,
        );
      } else if (declared !== expected) {
        throw new Error(`${where}: the ${name} header's const is "${declared}", not "${expected}"`);
      }
    }

    const rateLimit = op["x-tc-rate-limit"] ?? DEFAULT_RATE_LIMIT;
    if (!Number.isInteger(rateLimit) || rateLimit < 1) {
      throw new Error(`${where}: x-tc-rate-limit must be a positive integer (requests per second)`);
    }
    const idempotent = op["x-tc-idempotent"] ?? false;
    const checkWith = op["x-tc-check-with"];
    if (
      checkWith !== undefined &&
      (!Array.isArray(checkWith) || checkWith.some((a) => !spec.paths[`/#${a}`]))
    ) {
      throw new Error(`${where}: x-tc-check-with must list actions of this spec`);
    }
    if (typeof idempotent !== "boolean") throw new Error(`${where}: x-tc-idempotent must be true or false`);

    const requestBody = op.requestBody ? resolve(op.requestBody) : undefined;
    const requestMedia = requestBody?.content?.[JSON_MEDIA];
    if (requestBody && !requestMedia) throw new Error(`${where}: the request body must be ${JSON_MEDIA}`);
    const requestSchema = requestMedia?.schema;
    const ok = op.responses?.["200"] ? resolve(op.responses["200"]) : undefined;
    const responseMedia = ok?.content?.[JSON_MEDIA];
    if (!responseMedia?.schema)
      throw new Error(`${where}: needs a 200 response with an ${JSON_MEDIA} schema`);
    const responseSchema = responseMedia.schema;

    // The success content: the `Response` member, or its first alternative that is not the error form.
    const envelope = resolve(resolve(responseSchema).properties?.Response ?? {});
    const alternatives = (envelope.anyOf ?? envelope.oneOf ?? [envelope]).map((s) => ({
      raw: s,
      schema: resolve(s),
    }));
    const success = alternatives.find((a) => !a.schema.required?.includes("Error")) ?? alternatives[0];
    const dataSchema = success?.schema.properties?.Data;

    const responseExample = exampleValues(responseMedia, resolve).find(
      (e) => e?.Response && typeof e.Response === "object" && !("Error" in e.Response),
    );
    const requestExamples = exampleValues(requestMedia, resolve);
    const requestExample = requestExamples[0];

    const resolvedRequest = requestSchema ? resolve(requestSchema) : { properties: {} };
    const requiredMembers = new Set(resolvedRequest.required ?? []);
    const requestPath = `NonNullable<operations["${action}"]["requestBody"]>["content"]["application/json"]`;
    operations.push({
      action,
      deprecated: op.deprecated === true,
      curated: Array.isArray(op.tags) && op.tags.length > 0,
      hasData: Boolean(dataSchema),
      dataSample: dataSchema ? sampleOf(dataSchema, resolve) : undefined,
      rateLimit,
      idempotent,
      checkWith,
      requestSchema,
      requestSchemaName: refName(requestSchema),
      requestRule: requestSchema
        ? toRequestRule(resolve(requestSchema), resolve, `${where} request`, sharedRules)
        : { t: "object", o: {}, x: 1 },
      responseSchema,
      responseBodySchemaName: refName(responseSchema),
      requestType: requestSchema ? requestPath : "Record<string, never>",
      responseBodyType: `operations["${action}"]["responses"][200]["content"]["application/json"]`,
      dataSchemaName: refName(dataSchema),
      // The success content's schema (`Response` but the error form), for the paging and resource models.
      successSchema: success?.schema,
      // What the overlay states where inference cannot see (paging.mjs, resources.mjs).
      paginated: op["x-tc-paginated"],
      resource: op["x-tc-resource"],
      requestExample,
      requestExamples,
      responseExample,
      parameters: {
        summary: typeof op.summary === "string" ? op.summary.trim() : action,
        description: typeof op.description === "string" ? op.description.trim() : "",
        // Tencent's Chinese text, where the description above is the English one (`x-tc-zh`).
        ...(op["x-tc-zh"]
          ? { zh: { summary: op["x-tc-zh"].summary, description: op["x-tc-zh"].description } }
          : {}),
        members: Object.entries(resolvedRequest.properties ?? {}).map(([name, schema]) =>
          describeMember(name, schema, requiredMembers.has(name), resolve),
        ),
      },
    });
  }
  if (operations.length === 0) throw new Error(`${specFile}: no operations`);
  return operations.sort((a, b) => a.action.localeCompare(b.action));
}
