// The English documentation (Tencent Cloud International's metadata, metadata/intl-en/) reaches the spec as
// text only: every action it documents has its English description, with Tencent's Chinese text kept beside it
// (`x-tc-zh`); where the overlay writes curated prose, the overlay wins. The spec's shape stays the Chinese
// release's (metadata.test.ts holds members, types and required flags to it).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const REPO = new URL("../../../", import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: the metadata and the spec are read here as loose JSON
type Json = Record<string, any>;
const read = (path: string) => JSON.parse(readFileSync(new URL(path, REPO), "utf8")) as Json;

describe.each(["v20210820", "v20250806"])("API %s in English", (dir) => {
  const english = read(`metadata/intl-en/wedata/${dir}/api.json`);
  const chinese = read(`metadata/wedata/${dir}/api.json`);
  const spec = read(`packages/schema/src/generated/${dir}/openapi.json`);
  const overlay = readFileSync(
    new URL(`spec/wedata/${dir.slice(1, 5)}-${dir.slice(5, 7)}-${dir.slice(7)}/overlay.yaml`, REPO),
    "utf8",
  );
  const documented = Object.keys(english.actions).filter((action) => `/#${action}` in spec.paths);

  it("documents most actions in English", () => {
    expect(documented.length).toBeGreaterThan(Object.keys(spec.paths).length / 2);
  });

  it.each(documented)("%s: the English description, the Chinese one beside it", (action) => {
    const operation = spec.paths[`/#${action}`].post;
    const meta = chinese.actions[action];
    expect(operation["x-tc-zh"]).toEqual({
      summary: String(meta.name).trim(),
      description: String(meta.document ?? "").trim(),
    });
    // Unless the overlay writes this action's prose itself.
    if (!overlay.includes(`/#${action}`)) {
      expect(operation.description).toBe(String(english.actions[action].document).trim());
      expect(operation.summary).toBe(String(english.actions[action].name).trim());
    }
  });

  it("carries English member descriptions where the international metadata has them, never its types", () => {
    let checked = 0;
    for (const [model, object] of Object.entries(chinese.objects as Json)) {
      const schema = spec.components.schemas[model];
      const en = english.objects[model];
      if (!schema?.properties || !en) continue;
      for (const member of object.members as Json[]) {
        const property = schema.properties[member.name];
        const text = (en.members as Json[]).find((m) => m.name === member.name)?.document?.trim();
        if (!property || !text || overlay.includes(member.name)) continue;
        expect(property.description, `${model}.${member.name}`).toBe(text);
        if (member.document?.trim() && member.document.trim() !== text)
          expect(property["x-tc-zh"]).toBe(member.document.trim());
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
