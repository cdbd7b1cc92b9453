// `node scripts/spec/overlay-from-diff.mjs <version> <edited-openapi.yaml> [Action...]`: prints the Overlay 1.0
// actions that turn the imported spec (metadata only, no overlay) into the edited one, for the given actions
// (their path items and every component the edited spec defines differently). A maintainer edits a copy of
// the generated spec, runs this, and pastes what it prints into the version's overlay.yaml: the overlay
// keeps only what differs, member by member, so a change of Tencent's elsewhere still comes through.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { metadataToOpenapi } from "./metadata-to-openapi.mjs";

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const at = (path, key) => `${path}['${String(key).replaceAll("'", "\\'")}']`;

/** Keys an overlay never removes: the provenance of the import, and Tencent's published examples. */
const KEEP = (path, key) =>
  key === "x-tc-metadata" || (/\['examples'\]$/.test(path) && /^published\d+$/.test(key));

/** Overlay actions turning `from` into `to` at `path` (removals first, then one update of the object). */
export function diffActions(path, from, to) {
  const actions = [];
  const update = {};
  for (const key of Object.keys(from)) {
    if (!(key in to)) {
      if (!KEEP(path, key)) actions.push({ target: at(path, key), remove: true });
    } else if (isObject(from[key]) && isObject(to[key])) {
      actions.push(...diffActions(at(path, key), from[key], to[key]));
    } else if (!same(from[key], to[key])) {
      // A primitive is replaced by the update; an array would be appended to, so it goes first.
      if (Array.isArray(from[key]) || isObject(from[key]) !== isObject(to[key]))
        actions.push({ target: at(path, key), remove: true });
      update[key] = to[key];
    }
  }
  for (const key of Object.keys(to)) if (!(key in from)) update[key] = to[key];
  if (Object.keys(update).length) actions.push({ target: path, update });
  return actions;
}

export function overlayFor(imported, edited, actions) {
  const out = [];
  for (const key of ["info", "tags", "externalDocs", "servers", "security"]) {
    if (edited[key] === undefined) continue;
    if (isObject(imported[key]) && isObject(edited[key]))
      out.push(...diffActions(at("$", key), imported[key], edited[key]));
    else if (!same(imported[key], edited[key])) {
      if (imported[key] !== undefined) out.push({ target: at("$", key), remove: true });
      out.push({ target: "$", update: { [key]: edited[key] } });
    }
  }
  for (const group of ["securitySchemes", "examples", "responses", "parameters", "schemas"]) {
    const from = imported.components?.[group];
    if (!from && edited.components?.[group]) {
      out.push({ target: at("$", "components"), update: { [group]: edited.components[group] } });
      continue;
    }
    for (const [name, schema] of Object.entries(edited.components?.[group] ?? {})) {
      const path = at(at(at("$", "components"), group), name);
      if (from[name]) out.push(...diffActions(path, from[name], schema));
      else out.push({ target: at(at("$", "components"), group), update: { [name]: schema } });
    }
  }
  for (const action of actions) {
    const key = `/#${action}`;
    out.push(...diffActions(at(at("$", "paths"), key), imported.paths[key], edited.paths[key]));
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [version, editedFile, ...actions] = process.argv.slice(2);
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const dir = join(root, "metadata/wedata", `v${version.replaceAll("-", "")}`);
  const read = (name) => JSON.parse(readFileSync(join(dir, name), "utf8"));
  const provenance = JSON.parse(readFileSync(join(root, "metadata/PROVENANCE.json"), "utf8"));
  const { document } = metadataToOpenapi({
    api: read("api.json"),
    examples: read("examples.json"),
    provenance,
  });
  const edited = parse(readFileSync(editedFile, "utf8"));
  const chosen = actions.length ? actions : Object.keys(edited.paths).map((p) => p.slice(2));
  process.stdout.write(stringify({ actions: overlayFor(document, edited, chosen) }, { lineWidth: 0 }));
}
