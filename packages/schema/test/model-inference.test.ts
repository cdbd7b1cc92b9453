// The generator's paging and resource-family inference on small specs written here: what it reads from the
// request and response schemas, and what the overlay's `x-tc-paginated` and `x-tc-resource` change.
import { describe, expect, it } from "vitest";
// @ts-expect-error: the repository's scripts are plain ESM without declarations
import { describeOperations, resolver } from "../scripts/operations.mjs";
// @ts-expect-error: the repository's scripts are plain ESM without declarations
import { pagedActions } from "../scripts/paging.mjs";
// @ts-expect-error: the repository's scripts are plain ESM without declarations
import { resourceFamilies } from "../scripts/resources.mjs";

type Schema = Record<string, unknown>;
const str = { type: "string" };
const obj = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: "object",
  properties,
  required,
});
/** A spec of actions, each a request schema, a success content schema and extensions. */
function spec(
  actions: Record<string, { request: Schema; content: Schema; extensions?: Schema; example?: unknown }>,
) {
  const paths: Record<string, unknown> = {};
  for (const [action, { request, content, extensions, example }] of Object.entries(actions)) {
    paths[`/#${action}`] = {
      post: {
        operationId: action,
        "x-tc-idempotent": action.startsWith("Get") || action.startsWith("List"),
        ...extensions,
        parameters: [
          { in: "header", name: "X-TC-Action", schema: { const: action } },
          { in: "header", name: "X-TC-Version", schema: { const: "2030-01-01" } },
        ],
        requestBody: { content: { "application/json": { schema: request } } },
        responses: {
          200: {
            content: {
              "application/json": {
                schema: obj({ Response: obj({ ...((content.properties as object) ?? {}), RequestId: str }) }),
                ...(example ? { examples: { published1: { value: { Response: example } } } } : {}),
              },
            },
          },
        },
      },
    };
  }
  return { openapi: "3.1.0", info: { version: "2030-01-01" }, paths, components: { schemas: {} } };
}
function infer(document: ReturnType<typeof spec>) {
  const ops = describeOperations(document, "test");
  const resolve = resolver(document, "test");
  const paged = pagedActions(ops, resolve);
  return { paged, ...resourceFamilies(ops, resolve, paged) };
}

const page = { PageNumber: { type: "integer" }, PageSize: { type: "integer" } };
const thingList = obj({
  Data: obj({
    Items: { type: "array", items: obj({ ThingId: str, Name: str }) },
    TotalCount: { type: "integer" },
  }),
});
const things = {
  CreateThing: {
    request: obj({ ProjectId: str, Name: str }, ["ProjectId", "Name"]),
    content: obj({ Data: obj({ ThingId: str }) }),
    example: { Data: { ThingId: "0b785b8d-bd8e-4513-be65-36f989bc8a64" }, RequestId: "r" },
  },
  GetThing: {
    request: obj({ ProjectId: str, ThingId: str }, ["ProjectId", "ThingId"]),
    content: obj({ Data: obj({ ThingId: str, Name: str }) }),
  },
  ListThings: { request: obj({ ProjectId: str, ...page }, ["ProjectId"]), content: thingList },
  DeleteThing: {
    request: obj({ ProjectId: str, ThingId: str }, ["ProjectId", "ThingId"]),
    content: obj({ Data: obj({ Status: { type: "boolean" } }) }),
  },
};

describe("paging inference", () => {
  it("reads the page members, the item list and the total from the schemas", () => {
    const { paged } = infer(spec(things));
    expect(paged.get("ListThings")).toMatchObject({
      style: "page",
      number: "PageNumber",
      size: "PageSize",
      start: 1,
      items: ["Items"],
      total: ["TotalCount"],
    });
    expect(paged.has("GetThing")).toBe(false);
  });
  it("takes Offset/Limit as an offset, and `x-tc-paginated` corrects or refuses a rule", () => {
    const { paged } = infer(
      spec({
        ListA: {
          request: obj({ Offset: { type: "integer" }, Limit: { type: "integer" } }),
          content: obj({ Rows: { type: "array", items: str } }),
        },
        ListB: { request: obj(page), content: thingList, extensions: { "x-tc-paginated": false } },
        ListC: {
          request: obj(page),
          content: obj({ Data: obj({ A: { type: "array" }, B: { type: "array" } }) }),
          extensions: { "x-tc-paginated": { items: ["B"] } },
        },
      }),
    );
    expect(paged.get("ListA")).toMatchObject({
      style: "offset",
      number: "Offset",
      size: "Limit",
      start: 0,
      items: ["Rows"],
    });
    expect(paged.has("ListB")).toBe(false);
    expect(paged.get("ListC")?.items).toEqual(["B"]);
  });
});

describe("resource family inference", () => {
  it("finds the family by verb and noun, its id, scope and id form", () => {
    const { families } = infer(spec(things));
    expect(families).toHaveLength(1);
    expect(families[0]).toMatchObject({
      name: "Thing",
      id: { name: "ThingId", type: "uuid" },
      scope: ["ProjectId"],
      create: { action: "CreateThing", id: ["Data", "ThingId"] },
      read: { action: "GetThing", id: ["ThingId"] },
      list: { action: "ListThings" },
      delete: { action: "DeleteThing", id: ["ThingId"] },
    });
  });
  it("leaves out what `x-tc-resource: false` says, and reports a noun it cannot make a family of", () => {
    const { families, static: left } = infer(
      spec({
        ...things,
        DeleteThing: { ...things.DeleteThing, extensions: { "x-tc-resource": false } },
        CreateLonely: { request: obj({ Name: str }), content: obj({ Data: obj({ LonelyId: str }) }) },
      }),
    );
    expect(families[0]?.delete).toBeUndefined();
    expect(left).toEqual([
      expect.objectContaining({
        family: "Lonely",
        reason: expect.stringMatching(/no read, update or delete/),
      }),
    ]);
  });
});
