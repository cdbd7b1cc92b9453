// The classification of metadata changes (scripts/spec/diff.mjs), one small synthetic api.json pair per rule:
// each is imported as `pnpm spec:import` would, then diffed as `pnpm spec:diff` does.
import { describe, expect, it } from "vitest";
// @ts-expect-error: the repository's scripts are plain ESM without declarations
import { diffSpecs, diffVersion, markdownReport } from "../../../scripts/spec/diff.mjs";
// @ts-expect-error: the repository's scripts are plain ESM without declarations
import { metadataToOpenapi } from "../../../scripts/spec/metadata-to-openapi.mjs";
// @ts-expect-error: the repository's scripts are plain ESM without declarations
import { changesetFor } from "../../../scripts/spec/update.mjs";

interface Member {
  name: string;
  type: string;
  member: string;
  required?: boolean;
  value_allowed_null?: boolean;
  document?: string;
  disabled?: boolean;
}
type Api = {
  metadata: { apiVersion: string; api_brief: string };
  actions: Record<string, { name: string; document: string; input: string; output: string; status: string }>;
  objects: Record<string, { document: string; members: Member[] }>;
};
interface Change {
  action: string;
  where: string;
  path: string;
  kind: string;
  breaking: boolean;
  bump: string;
  from?: string;
  to?: string;
}

const m = (name: string, type: string, member: string, extra: Partial<Member> = {}): Member => ({
  name,
  type,
  member,
  document: name,
  ...extra,
});

/** A version with one action, DescribeWidgets: a request with ProjectId and Owner, a response with Data. */
function base(): Api {
  return {
    metadata: { apiVersion: "2021-08-20", api_brief: "" },
    actions: {
      DescribeWidgets: {
        name: "查询",
        document: "查询小部件",
        input: "DescribeWidgetsRequest",
        output: "DescribeWidgetsResponse",
        status: "online",
      },
    },
    objects: {
      DescribeWidgetsRequest: {
        document: "",
        members: [
          m("ProjectId", "string", "string", { required: true }),
          m("Owner", "string", "string"),
          m("Limit", "int", "int64"),
        ],
      },
      DescribeWidgetsResponse: {
        document: "",
        members: [
          m("Data", "object", "WidgetPage", { value_allowed_null: true }),
          m("RequestId", "string", "string"),
        ],
      },
      WidgetPage: {
        document: "",
        members: [m("Items", "list", "Widget"), m("TotalCount", "int", "uint64")],
      },
      Widget: {
        document: "",
        members: [
          m("Name", "string", "string"),
          m("Owner", "object", "Person", { value_allowed_null: true }),
        ],
      },
      Person: { document: "", members: [m("Uin", "string", "string")] },
    },
  };
}

const importOf = (api: Api) =>
  metadataToOpenapi({ api, examples: { actions: {} }, provenance: { version: "0.0.0" } }).document;
/** Imports both sides and diffs them. */
function classify(edit: (api: Api) => void) {
  const after = base();
  edit(after);
  return diffVersion(importOf(base()), importOf(after)) as {
    bump: string;
    added: string[];
    removed: string[];
    changes: Change[];
  };
}
const only = (result: ReturnType<typeof classify>) => {
  expect(result.changes.length, JSON.stringify(result.changes)).toBe(1);
  return result.changes[0]!;
};
const objects = (api: Api, name: string) => api.objects[name]!.members;

describe("what a metadata change means for a TypeScript user", () => {
  it("nothing changed: none", () => {
    expect(classify(() => {}).bump).toBe("none");
  });

  it("an action removed: major", () => {
    const r = classify((api) => {
      delete api.actions.DescribeWidgets;
    });
    expect(r).toMatchObject({ bump: "major", removed: ["DescribeWidgets"] });
  });

  it("an action added: minor", () => {
    const r = classify((api) => {
      api.actions.CreateWidget = {
        ...api.actions.DescribeWidgets!,
        input: "CreateWidgetRequest",
        output: "CreateWidgetResponse",
      };
      api.objects.CreateWidgetRequest = {
        document: "",
        members: [m("Name", "string", "string", { required: true })],
      };
      api.objects.CreateWidgetResponse = { document: "", members: [m("RequestId", "string", "string")] };
    });
    expect(r).toMatchObject({ bump: "minor", added: ["CreateWidget"], removed: [] });
  });

  it("a request member removed: major", () => {
    const c = only(classify((api) => objects(api, "DescribeWidgetsRequest").splice(1, 1)));
    expect(c).toMatchObject({ where: "request", path: "Owner", kind: "removed", breaking: true });
  });

  it("a request member newly required: major; made optional: minor", () => {
    const required = only(
      classify((api) => Object.assign(objects(api, "DescribeWidgetsRequest")[1]!, { required: true })),
    );
    expect(required).toMatchObject({ path: "Owner", kind: "required", bump: "major" });
    const optional = only(
      classify((api) => Object.assign(objects(api, "DescribeWidgetsRequest")[0]!, { required: false })),
    );
    expect(optional).toMatchObject({ path: "ProjectId", kind: "required", bump: "minor" });
  });

  it("a required request member added: major; an optional one: minor", () => {
    const required = only(
      classify((api) =>
        objects(api, "DescribeWidgetsRequest").push(m("Region", "string", "string", { required: true })),
      ),
    );
    expect(required).toMatchObject({ kind: "added", bump: "major", path: "Region" });
    const optional = only(
      classify((api) => objects(api, "DescribeWidgetsRequest").push(m("Region", "string", "string"))),
    );
    expect(optional).toMatchObject({ kind: "added", bump: "minor" });
  });

  it("a request member narrowed (int64 -> uint64, a new minimum): major; widened (uint64 -> int64): minor", () => {
    const narrowed = only(
      classify((api) => Object.assign(objects(api, "DescribeWidgetsRequest")[2]!, { member: "uint64" })),
    );
    expect(narrowed).toMatchObject({ path: "Limit", kind: "constraint:minimum", bump: "major", to: "0" });
    const after = base();
    Object.assign(objects(after, "DescribeWidgetsRequest")[2]!, { member: "uint64" });
    const widened = diffVersion(importOf(after), importOf(base())) as { bump: string; changes: Change[] };
    expect(widened.bump).toBe("minor");
    expect(widened.changes[0]).toMatchObject({ kind: "constraint:minimum", bump: "minor", from: "0" });
  });

  it("a request member of another TypeScript type: major", () => {
    const c = only(
      classify((api) =>
        Object.assign(objects(api, "DescribeWidgetsRequest")[1]!, { type: "int", member: "int64" }),
      ),
    );
    expect(c).toMatchObject({ kind: "type", bump: "major", from: "string", to: "number" });
  });

  it("a response member removed or retyped (object -> array), reported for the action that reaches the model: major", () => {
    const removed = only(classify((api) => objects(api, "Widget").splice(0, 1)));
    expect(removed).toMatchObject({
      where: "response",
      path: "Data.Items[].Name",
      kind: "removed",
      breaking: true,
    });
    const retyped = only(classify((api) => Object.assign(objects(api, "Widget")[1]!, { type: "list" })));
    expect(retyped).toMatchObject({
      path: "Data.Items[].Owner",
      kind: "type",
      from: "object",
      to: "array",
      breaking: true,
    });
  });

  it("a response member newly nullable: major; no longer nullable: minor", () => {
    const nullable = only(
      classify((api) => Object.assign(objects(api, "Widget")[0]!, { value_allowed_null: true })),
    );
    expect(nullable).toMatchObject({ path: "Data.Items[].Name", kind: "nullable", bump: "major" });
    const solid = only(
      classify((api) => Object.assign(objects(api, "Widget")[1]!, { value_allowed_null: false })),
    );
    expect(solid).toMatchObject({ path: "Data.Items[].Owner", kind: "nullable", bump: "minor" });
  });

  it("a response member added: minor", () => {
    const c = only(classify((api) => objects(api, "Person").push(m("Name", "string", "string"))));
    expect(c).toMatchObject({ path: "Data.Items[].Owner.Name", kind: "added", bump: "minor" });
  });

  it("descriptions and summaries only: patch", () => {
    const r = classify((api) => {
      objects(api, "Widget")[0]!.document = "名称";
      api.actions.DescribeWidgets!.name = "列出";
    });
    expect(r.bump).toBe("patch");
    expect(r.changes.every((c) => c.bump === "patch")).toBe(true);
  });

  it("the bump is the highest; the changeset bumps each package as far as the change reaches it", () => {
    const after = base();
    objects(after, "Widget").splice(0, 1); // major (response)
    objects(after, "DescribeWidgetsRequest").push(m("Region", "string", "string")); // minor (request)
    const diff = diffSpecs({ "2021-08-20": importOf(base()) }, { "2021-08-20": importOf(after) });
    expect(diff.bump).toBe("major");
    const changeset = changesetFor(diff, "9.9.9") as string;
    expect(changeset).toContain('"@wedata-openapi/schema": major');
    expect(changeset).toContain('"@wedata-openapi/client": major');
    // The mocks and the CLI see requests and actions: a new optional member is minor for them.
    expect(changeset).toContain('"@wedata-openapi/cli": minor');
    expect(changeset).toContain("`DescribeWidgets` response `Data.Items[].Name`: removed");
    expect(markdownReport(diff)).toContain("- `DescribeWidgets`: 1");
  });
});
