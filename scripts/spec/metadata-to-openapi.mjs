// Converts Tencent's published API metadata of one WeData version (tencentcloud-cli's api.json and
// examples.json) into an OpenAPI 3.1 document, before the hand-written overlay is applied. Pure: the same
// input gives the same document, key for key.
//
// Conventions (README "The spec, imported"):
// - one path key `/#<Action>` per action: POST /, `X-TC-Action`/`X-TC-Version` const headers, a JSON body;
//   HTTP 200 answers `{ Response: <Action>Response | TencentCloudErrorResponse }` (`<Action>ResponseBody`);
// - one component per model, named as Tencent names it; `disabled` members are left out;
// - requests refuse unknown members (the service answers UnknownParameter); responses stay open;
// - `value_allowed_null` makes a member nullable in responses only: a model reached from both a request and a
//   response whose two forms differ is emitted twice, `<Model>` (response) and `<Model>Input` (request);
// - `uint64` is an integer with `minimum: 0`; `int64` an integer; `float` a number;
// - every action gets Tencent's default rate limit and an idempotency from its verb (see `isRead`);
// - the published examples become OpenAPI examples, as published (import-report.mjs lists the ones that
//   disagree with the documented types; they are never "fixed" here);
// - English: where Tencent Cloud International's metadata (`english`, the same format) documents an action, a
//   model or a member of the same name, its text is the description (an action's English name its summary)
//   and Tencent's Chinese text stays beside it as `x-tc-zh`; nothing else of it is read.

import { DEFAULT_RATE_LIMIT } from "./conventions.mjs";
import { described, englishOf } from "./english.mjs";
import { checkMetadataNames, checkProvenance, hasPrototypeKey } from "./names.mjs";

/**
 * Verbs of actions that only read: repeating them is harmless, so they are retried after a timeout. Every
 * other verb (Create, Modify, Update, Delete, Run, Rerun, Kill, Submit, Batch...) counts as a write, retried
 * only when provably unprocessed. The overlay overrides single actions (`x-tc-idempotent`).
 */
export const READ_VERBS = [
  "Describe",
  "List",
  "Get",
  "Check",
  "Count",
  "Query",
  "Search",
  "Find",
  "Preview",
  "Inquire",
];

/** Whether an action's name starts with a read verb (a whole word: `Listen...` is not `List`). */
export function isRead(action) {
  return READ_VERBS.some((verb) => new RegExp(`^${verb}(?=[A-Z0-9]|$)`).test(action));
}

const PRIMITIVES = {
  string: { type: "string" },
  datetime_iso: { type: "string" },
  date: { type: "string" },
  int64: { type: "integer" },
  uint64: { type: "integer", minimum: 0 },
  int: { type: "integer" },
  float: { type: "number" },
  double: { type: "number" },
  bool: { type: "boolean" },
  boolean: { type: "boolean" },
};

const DEPRECATED = /废弃|已下线|deprecated/i;

/** The JSON body of a raw published HTTP request (headers, a blank line, the body). */
function requestBodyOf(raw) {
  const text = String(raw ?? "").replace(/\r\n/g, "\n");
  const start = text.indexOf("\n\n");
  return start < 0 ? "" : text.slice(start + 2).trim();
}

function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error.message };
  }
}

const refTo = (name) => ({ $ref: `#/components/schemas/${name}` });

/** Builds the document; `problems` collects what could not be imported as published (examples that are not JSON). */
export function metadataToOpenapi({ api, examples, provenance, english }) {
  // Every name and version string is checked before any of it reaches YAML or TypeScript.
  checkMetadataNames(api);
  checkProvenance(provenance);
  const version = api.metadata.apiVersion;
  const objects = api.objects;
  const en = englishOf(english);
  const problems = [];
  const members = (name) => (objects[name]?.members ?? []).filter((m) => !m.disabled);
  const isModel = (name) => Object.hasOwn(objects, name);

  // Which models each side reaches (a request, a response), and which of those reached by both need a form of
  // their own per side.
  const reach = (root, into) => {
    if (!isModel(root) || into.has(root)) return;
    into.add(root);
    for (const m of members(root)) reach(m.member, into);
  };
  const inRequests = new Set();
  const inResponses = new Set();
  const actions = Object.keys(api.actions).sort();
  for (const action of actions) {
    for (const m of members(api.actions[action].input)) reach(m.member, inRequests);
    for (const m of members(api.actions[action].output)) reach(m.member, inResponses);
  }
  const split = new Set(
    [...inRequests].filter((n) => inResponses.has(n) && members(n).some((m) => m.value_allowed_null)),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of inRequests) {
      if (split.has(name) || !inResponses.has(name)) continue;
      if (members(name).some((m) => split.has(m.member))) {
        split.add(name);
        grew = true;
      }
    }
  }
  const nameOf = (model, side) => (side === "request" && split.has(model) ? `${model}Input` : model);

  function memberSchema(m, side, model) {
    const nullable = side === "response" && m.value_allowed_null === true;
    const chinese = String(m.document ?? "").trim();
    const docs = described(chinese, en.member(model, m.name));
    const description = docs.description ?? "";
    const base = (member) => {
      if (isModel(member)) return refTo(nameOf(member, side));
      const primitive = PRIMITIVES[member];
      if (!primitive) throw new Error(`${version}: unknown member type "${member}" of ${m.name}`);
      return { ...primitive };
    };
    let schema;
    if (m.type === "list") {
      schema = { type: nullable ? ["array", "null"] : "array", items: base(m.member) };
      if (description) schema = { type: schema.type, ...docs, items: schema.items };
    } else if (isModel(m.member)) {
      const ref = refTo(nameOf(m.member, side));
      schema = nullable ? { ...docs, oneOf: [ref, { type: "null" }] } : { ...ref, ...docs };
    } else {
      const primitive = base(m.member);
      if (m.type === "bool") primitive.type = "boolean";
      else if (m.type === "float") primitive.type = "number";
      else if (m.type === "int" && primitive.type === "string") primitive.type = "integer";
      const { type, ...rest } = primitive;
      schema = { type: nullable ? [type, "null"] : type, ...rest, ...docs };
    }
    // Tencent marks deprecation in its Chinese text.
    if (DEPRECATED.test(chinese)) schema.deprecated = true;
    return schema;
  }

  function modelSchema(name, side, extra = {}) {
    const list = members(name);
    const schema = {
      type: "object",
      ...described(String(objects[name]?.document ?? "").trim(), en.model(name)),
    };
    if (side === "request") schema.additionalProperties = false;
    const required = side === "request" ? list.filter((m) => m.required).map((m) => m.name) : [];
    if (extra.required) required.push(...extra.required);
    if (required.length) schema.required = required;
    schema.properties = {};
    for (const m of list) {
      schema.properties[m.name] =
        m.name === "RequestId" && extra.response ? refTo("RequestId") : memberSchema(m, side, name);
    }
    if (extra.response) schema.properties = { Error: false, ...schema.properties };
    return schema;
  }

  const schemas = {
    TencentCloudErrorResponse: {
      type: "object",
      description: "The content of `Response` on failure (still HTTP 200).",
      required: ["Error", "RequestId"],
      properties: {
        Error: {
          type: "object",
          description: "What went wrong.",
          required: ["Code", "Message"],
          properties: {
            Code: { type: "string", description: "A dotted error code such as `InvalidParameterValue`." },
            Message: { type: "string", description: "A human-readable explanation." },
          },
        },
        RequestId: refTo("RequestId"),
      },
    },
    RequestId: {
      type: "string",
      description: "The unique ID the server gives every processed request, errors included.",
    },
  };
  const paths = {};
  for (const action of actions) {
    const meta = api.actions[action];
    if (meta.input !== `${action}Request` || meta.output !== `${action}Response`) {
      throw new Error(`${version} ${action}: input/output models must be ${action}Request/${action}Response`);
    }
    schemas[`${action}Request`] = modelSchema(meta.input, "request");
    schemas[`${action}ResponseBody`] = {
      type: "object",
      description: `The whole body of every processed ${action} request, success or error.`,
      additionalProperties: false,
      required: ["Response"],
      properties: {
        Response: {
          description: "Success or failure (`Error`); a success never carries `Error`.",
          anyOf: [refTo(`${action}Response`), refTo("TencentCloudErrorResponse")],
        },
      },
    };
    schemas[`${action}Response`] = modelSchema(meta.output, "response", {
      required: ["RequestId"],
      response: true,
    });

    const requestExamples = {};
    const responseExamples = {};
    (examples.actions?.[action] ?? []).forEach((example, index) => {
      const key = `published${index + 1}`;
      const summary = String(example.title ?? "").trim() || `Published example ${index + 1}`;
      const request = parseJson(requestBodyOf(example.input));
      const response = parseJson(String(example.output ?? ""));
      if (!request.ok) problems.push(`${action} ${key}: the request body is not JSON (${request.error})`);
      if (!response.ok) problems.push(`${action} ${key}: the response is not JSON (${response.error})`);
      // A `__proto__` key would become a prototype wherever the example is written as an object literal.
      for (const [part, parsed] of [
        ["request", request],
        ["response", response],
      ]) {
        if (parsed.ok && hasPrototypeKey(parsed.value)) {
          problems.push(`${action} ${key}: the ${part} holds a __proto__ key (left out)`);
          parsed.ok = false;
        }
      }
      if (request.ok) requestExamples[key] = { summary, value: request.value };
      if (response.ok) responseExamples[key] = { summary, value: response.value };
    });

    const deprecated = meta.status !== "online" || DEPRECATED.test(`${meta.name} ${meta.document}`);
    const zh = {
      summary: String(meta.name ?? action).trim(),
      description: String(meta.document ?? "").trim(),
    };
    const english = en.action(action);
    paths[`/#${action}`] = {
      post: {
        operationId: action,
        summary: english.summary ?? english.description?.split(/(?<=\.)\s/)[0] ?? zh.summary,
        description: english.description ?? zh.description,
        ...(english.summary || english.description ? { "x-tc-zh": zh } : {}),
        ...(deprecated ? { deprecated: true } : {}),
        "x-tc-rate-limit": DEFAULT_RATE_LIMIT,
        "x-tc-idempotent": isRead(action),
        parameters: [
          {
            name: "X-TC-Action",
            in: "header",
            required: true,
            description: `The action to run. Always \`${action}\` for this operation.`,
            schema: { type: "string", const: action },
          },
          ...["Version", "Region", "Timestamp", "Token", "Language"].map((p) => ({
            $ref: `#/components/parameters/${p}`,
          })),
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: refTo(`${action}Request`),
              ...(Object.keys(requestExamples).length ? { examples: requestExamples } : {}),
            },
          },
        },
        responses: {
          200: {
            description: "Every processed request, successful or not (`Response.Error`).",
            content: {
              "application/json": {
                schema: refTo(`${action}ResponseBody`),
                ...(Object.keys(responseExamples).length ? { examples: responseExamples } : {}),
              },
            },
          },
          default: { $ref: "#/components/responses/GatewayFailure" },
        },
      },
    };
  }
  const modelNames = Object.keys(objects)
    .filter(
      (n) =>
        !/^[A-Z][A-Za-z0-9]*(Request|Response)$/.test(n) ||
        !api.actions[n.replace(/(Request|Response)$/, "")],
    )
    .sort();
  for (const name of modelNames) {
    const response = inResponses.has(name);
    const request = inRequests.has(name);
    if (response || !request) schemas[name] = modelSchema(name, "response");
    if (request) {
      const target = nameOf(name, "request");
      if (schemas[target] && target !== name) throw new Error(`${version}: ${target} is also a model name`);
      schemas[target] = modelSchema(name, "request");
    }
  }

  const document = {
    openapi: "3.1.0",
    info: {
      title: `Tencent Cloud WeData API ${version}`,
      version,
      description: String(api.metadata.api_brief ?? "").trim(),
      "x-tc-metadata": provenance,
    },
    servers: [{ url: "https://wedata.tencentcloudapi.com" }],
    security: [{ "TC3-HMAC-SHA256": [] }],
    paths,
    components: {
      securitySchemes: {
        "TC3-HMAC-SHA256": {
          type: "apiKey",
          in: "header",
          name: "Authorization",
          description: "Tencent Cloud signature v3 (TC3-HMAC-SHA256).",
        },
      },
      responses: {
        GatewayFailure: {
          description: "Not an answer of the service: a proxy or gateway failure.",
          content: { "text/html": { schema: { type: "string" } } },
        },
      },
      parameters: {
        Version: {
          name: "X-TC-Version",
          in: "header",
          required: true,
          description: `The API version. Always \`${version}\` in this document.`,
          schema: { type: "string", const: version },
        },
        Region: {
          name: "X-TC-Region",
          in: "header",
          required: true,
          description: "The region, for example `ap-guangzhou`.",
          schema: { type: "string" },
        },
        Timestamp: {
          name: "X-TC-Timestamp",
          in: "header",
          required: false,
          description: "The UNIX time in whole seconds that was signed (the signer sets it).",
          schema: { type: "string", pattern: "^[0-9]+$" },
        },
        Token: {
          name: "X-TC-Token",
          in: "header",
          required: false,
          description: "The session token of temporary credentials.",
          schema: { type: "string" },
        },
        Language: {
          name: "X-TC-Language",
          in: "header",
          required: false,
          description: "The language of returned messages.",
          schema: { type: "string", enum: ["zh-CN", "en-US"] },
        },
      },
      schemas,
    },
  };
  const total = {
    actions: actions.length,
    models: Object.keys(objects).length,
    members: Object.values(objects).reduce(
      (n, o) => n + (o.members ?? []).filter((m) => !m.disabled).length,
      0,
    ),
  };
  const covered = { actions: en.coverage.actions, models: en.coverage.models, members: en.coverage.members };
  return { document, problems, english: { covered, total } };
}
