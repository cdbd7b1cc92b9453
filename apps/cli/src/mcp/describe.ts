// What an assistant learns of an action, from the same generated documents as the client and the CLI: its
// documentation, whether it writes, its rate limit, a self-contained JSON Schema of its parameters (the spec's
// request model with every model it reaches under $defs) and a published example.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;
interface Operation {
  summary?: string;
  description?: string;
  "x-tc-rate-limit"?: number;
  "x-tc-idempotent"?: boolean;
  requestBody?: {
    content: {
      "application/json": { schema: { $ref: string }; examples?: Record<string, { value: unknown }> };
    };
  };
}
interface Spec {
  paths: Record<string, { post: Operation }>;
  components: { schemas: Record<string, Json> };
}

const specs = new Map<string, Spec>();
/** A version's OpenAPI document (`v20250806`), read once on first use. */
function specOf(id: string): Spec {
  let spec = specs.get(id);
  if (!spec) {
    spec = JSON.parse(
      readFileSync(require.resolve(`@wedata-openapi/schema/${id}/openapi.json`), "utf8"),
    ) as Spec;
    specs.set(id, spec);
  }
  return spec;
}

/** The schema with `#/components/schemas/X` references turned into `#/$defs/X`, collecting each X reached. */
function localized(schema: unknown, spec: Spec, defs: Record<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => localized(item, spec, defs));
  if (!schema || typeof schema !== "object") return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema as Json)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) {
      const name = value.slice("#/components/schemas/".length);
      out.$ref = `#/$defs/${name}`;
      if (!(name in defs)) {
        defs[name] = {};
        defs[name] = localized(spec.components.schemas[name], spec, defs);
      }
    } else if (!key.startsWith("x-")) out[key] = localized(value, spec, defs);
  }
  return out;
}

export interface ActionDescription {
  action: string;
  version: string;
  summary: string;
  description: string;
  write: boolean;
  rateLimitPerSecond: number | undefined;
  parameters: Json;
  example: unknown;
}

/** The action's description, or undefined when the version has no such action. */
export function describeAction(id: string, version: string, action: string): ActionDescription | undefined {
  const spec = specOf(id);
  const operation = spec.paths[`/#${action}`]?.post;
  if (!operation) return undefined;
  const media = operation.requestBody?.content["application/json"];
  const defs: Record<string, unknown> = {};
  // The request model itself at the root; the models it reaches under $defs.
  const requestModel = media?.schema.$ref.slice("#/components/schemas/".length);
  const root = requestModel
    ? (localized(spec.components.schemas[requestModel], spec, defs) as Json)
    : { type: "object" };
  const parameters: Json = { $schema: "https://json-schema.org/draft/2020-12/schema", ...root, $defs: defs };
  return {
    action,
    version,
    summary: operation.summary ?? "",
    description: operation.description ?? "",
    write: operation["x-tc-idempotent"] === false,
    rateLimitPerSecond: operation["x-tc-rate-limit"],
    parameters,
    example: Object.values(media?.examples ?? {})[0]?.value ?? null,
  };
}
