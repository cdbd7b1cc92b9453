// Tencent's metadata is input from outside (`pnpm spec:update` takes any folder): every name and version string
// is checked where it enters, and a release that breaks a rule is refused whole, naming the item; generation is
// all or nothing. Hostile releases, made here from a small valid one.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the repository's scripts are plain ESM without declarations
import { copyRepo } from "../../../scripts/repo-copy.mjs";
// @ts-expect-error: the repository's scripts are plain ESM without declarations
import { metadataToOpenapi } from "../../../scripts/spec/metadata-to-openapi.mjs";
// @ts-expect-error: the repository's scripts are plain ESM without declarations
import { toolVersion, update } from "../../../scripts/spec/update.mjs";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const PROVENANCE = { tool: "tencentcloud-cli", version: "3.1.155.1", released: "2026-08-21" };

type Api = {
  metadata: { apiVersion: string };
  actions: Record<string, { input: string; output: string; name: string; document: string; status: string }>;
  objects: Record<string, { document: string; type: string; members: Array<Record<string, unknown>> }>;
};

/** A valid release of one action, which each case then breaks in one place. */
function release(action = "GetThing"): Api {
  const member = (name: string, type = "string", extra = {}) => ({
    name,
    member: type,
    type: type === "string" ? "string" : type === "uint64" ? "int" : "object",
    document: name,
    disabled: false,
    required: false,
    ...extra,
  });
  return {
    metadata: { apiVersion: "2025-08-06" },
    actions: {
      [action]: {
        input: `${action}Request`,
        output: `${action}Response`,
        name: "x",
        document: "x",
        status: "online",
      },
    },
    objects: {
      [`${action}Request`]: { document: "", type: "object", members: [member("ProjectId")] },
      [`${action}Response`]: {
        document: "",
        type: "object",
        members: [member("Data", "Thing"), member("RequestId")],
      },
      Thing: { document: "", type: "object", members: [member("ThingId", "uint64")] },
    },
  };
}
const importOf = (api: Api, provenance: object = PROVENANCE, examples: object = {}) =>
  metadataToOpenapi({ api, examples, provenance });

describe("names from the metadata", () => {
  it("a valid release imports", () => {
    const { document } = importOf(release());
    expect(Object.keys(document.paths)).toEqual(["/#GetThing"]);
  });

  it.each(["Call", "Raw", "Then", "ToString", "Validate", "Ready", "Constructor", "ValueOf", "Transport"])(
    "an action named %s (a name the client or JavaScript owns) is refused, named",
    (action) => {
      expect(() => importOf(release(action))).toThrow(
        new RegExp(`action ${action} would be the client method`),
      );
    },
  );

  it.each([
    ["a model named delete", (api: Api) => rename(api, "Thing", "delete"), /model "delete" is not a name/],
    ["a model named Record", (api: Api) => rename(api, "Thing", "Record"), /model Record would shadow/],
    [
      "a model name that is code",
      (api: Api) => rename(api, "Thing", "A=import('node:fs').then(m=>m)"),
      /model "A=import\('node:fs'\).then\(m=>m\)" is not a name/,
    ],
    [
      "a request member named constructor",
      (api: Api) => {
        api.objects.GetThingRequest!.members[0]!.name = "constructor";
      },
      /member constructor of GetThingRequest is a name every JavaScript object has/,
    ],
    [
      "a member name with a newline",
      (api: Api) => {
        api.objects.Thing!.members[0]!.name = "Id\nx-injected: true";
      },
      /member "Id\\nx-injected: true" of Thing is not a name/,
    ],
    [
      "an API version with a newline",
      (api: Api) => {
        api.metadata.apiVersion = "2025-08-06\nx-injected: true";
      },
      /apiVersion "2025-08-06\\nx-injected: true" is not a date/,
    ],
  ])("%s is refused, named", (_name, breakIt, message) => {
    const api = release();
    breakIt(api);
    expect(() => importOf(api)).toThrow(message);
  });

  it("a tool version with a newline is refused before it reaches YAML", () => {
    const version = "3.1.99\nx-injected-by-version: true\n#";
    expect(() => importOf(release(), { ...PROVENANCE, version })).toThrow(/tool version .* is not a version/);
    const dir = mkdtempSync(join(tmpdir(), "wedata-hostile-"));
    try {
      mkdirSync(join(dir, "tccli"));
      writeFileSync(join(dir, "tccli/__init__.py"), `__version__ = "${version}"\n`);
      expect(() => toolVersion(dir)).toThrow(/is not a version such as 3\.1\.155\.1/);
      expect(() => toolVersion(dir, "1.0\n")).toThrow(/--tool-version/);
      expect(toolVersion(dir, "3.1.155.1")).toBe("3.1.155.1");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a published example holding __proto__ is left out and reported, never kept as an object literal", () => {
    const examples = {
      actions: {
        GetThing: [
          {
            title: "hostile",
            input: 'POST / HTTP/1.1\nHost: x\n\n{"ProjectId":"1","__proto__":{"polluted":true}}',
            output: '{"Response":{"RequestId":"r"}}',
          },
        ],
      },
    };
    const { document, problems } = importOf(release(), PROVENANCE, examples);
    const media = document.paths["/#GetThing"].post.requestBody.content["application/json"];
    expect(media.examples).toBeUndefined();
    expect(problems).toEqual(["GetThing published1: the request holds a __proto__ key (left out)"]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

function rename(api: Api, from: string, to: string) {
  api.objects[to] = api.objects[from]!;
  delete api.objects[from];
  for (const object of Object.values(api.objects))
    for (const member of object.members) if (member.member === from) member.member = to;
}

describe("in a copy of the repository", () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), "wedata-untrusted-"));
    copyRepo(ROOT, copy);
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    for (const pkg of ["schema", "schema-core"])
      symlinkSync(join(ROOT, "packages", pkg, "node_modules"), join(copy, "packages", pkg, "node_modules"));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("spec:update refuses a hostile release whole, changing nothing", async () => {
    const from = join(copy, "hostile");
    for (const dir of ["v20210820", "v20250806"]) {
      mkdirSync(join(from, dir), { recursive: true });
      const api = JSON.parse(readFileSync(join(copy, "metadata/wedata", dir, "api.json"), "utf8"));
      if (dir === "v20250806")
        api.actions.Then = { ...api.actions.GetTaskInstance, input: "ThenRequest", output: "ThenResponse" };
      writeFileSync(join(from, dir, "api.json"), JSON.stringify(api));
      writeFileSync(
        join(from, dir, "examples.json"),
        readFileSync(join(copy, "metadata/wedata", dir, "examples.json")),
      );
    }
    const before = readFileSync(join(copy, "metadata/PROVENANCE.json"), "utf8");
    await expect(update({ from, toolVersion: "3.1.155.1", repo: copy })).rejects.toThrow(
      /action Then would be the client method then, which is reserved/,
    );
    expect(readFileSync(join(copy, "metadata/PROVENANCE.json"), "utf8")).toBe(before);
    // Only a hang catcher: an update and a generation of both versions on a busy 2-core machine.
  }, 180_000);

  it("generate is all or nothing: a bad name in one version's spec leaves every generated folder as it was", () => {
    const spec = join(copy, "spec/wedata/2025-08-06/openapi.yaml");
    const text = readFileSync(spec, "utf8");
    writeFileSync(spec, text.replace(/\n {4}GetTaskInstanceRequest:\n/, "\n    \"A=import('node:fs')\":\n"));
    const kept = join(copy, "packages/schema-core/src/generated/v20210820/actions.ts");
    const before = readFileSync(kept, "utf8");
    const run = spawnSync(process.execPath, ["packages/schema/scripts/generate.mjs"], {
      cwd: copy,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/schema "A=import\('node:fs'\)" is not a name/);
    expect(readFileSync(kept, "utf8")).toBe(before);
    expect(existsSync(join(copy, "packages/schema-core/src/generated/v20250806/index.ts"))).toBe(true);
    expect(existsSync(join(copy, "packages/schema-core/src/generated/v20210820.staging"))).toBe(false);
    writeFileSync(spec, text);
  }, 180_000);
});
