// The API explorer: every action of the console's version, searchable (name, Tencent's Chinese title and
// description, the curated English summary), grouped by resource; a form generated from the action's request
// members; checked with the client's own request rules before sending; the answer as a JSON tree; the call
// copied as a `wedata` command line or a TypeScript call; each action's reference page. Nothing here names an
// action: everything comes from the catalog and the members the local server serves from the schema package.

import { parseExactJson, stringifyExactJson } from "@wedata-openapi/tc3-fetch/exact-json";
import { html } from "htm/preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { kebabCase } from "../src/naming.js";

interface Entry {
  summary: string;
  /** Tencent's Chinese title, where `summary` is English. */
  zh?: string;
  group: string;
  write?: boolean;
  curated?: boolean;
  deprecated?: boolean;
}
interface Member {
  name: string;
  type: string;
  required: boolean;
  description?: string;
  items?: string;
  enum?: unknown[];
  example?: unknown;
}
interface ActionDoc {
  action: string;
  summary: string;
  description: string;
  zh?: { summary: string; description: string };
  members: Member[];
  write: boolean;
  example: Record<string, unknown> | null;
}
type Json = Record<string, unknown>;

/** What the page gives the explorer: its session's fetch and the version's client, confirmed or not. */
export interface ExplorerProps {
  version: string;
  mock: boolean;
  get(path: string): Promise<Response>;
  validate(action: string, params: Json): void | Promise<void>;
  call(action: string, params: Json, confirmed: boolean): Promise<Json>;
  methodName(action: string): string;
  route: string[];
}

const errorText = (e: unknown) => {
  const x = e as { code?: string; message?: string };
  return `${x.code ? `${x.code}: ` : ""}${x.message ?? String(e)}`;
};

/** A form value back into the member's JSON type; what does not convert stays text, for the rules to refuse. */
function parseValue(member: Member, text: string): unknown {
  const scalar = (type: string | undefined, raw: string): unknown => {
    // An integer a number cannot hold stays exact as a bigint (the client sends it with all its digits).
    if (type === "integer" && /^-?\d+$/.test(raw) && !Number.isSafeInteger(Number(raw))) return BigInt(raw);
    if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw))
      return Number(raw);
    if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
    return raw;
  };
  if (member.type === "array" || member.type === "object") {
    if (/^\s*[[{]/.test(text)) {
      try {
        return parseExactJson(text);
      } catch {
        return text;
      }
    }
    if (member.type === "array")
      return text
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => scalar(member.items, part));
    return text;
  }
  return scalar(member.type, text);
}

/** A value as TypeScript source: JSON, with a bigint written as one (`9007199254740993n`). */
function typescriptLiteral(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? `\u0000${v}n` : v), 2).replace(
    /"\\u0000(-?\d+n)"/g,
    "$1",
  );
}

/** A request value as the form shows it. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.join(",");
  return typeof value === "object" ? stringifyExactJson(value) : String(value);
}

const quote = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** The exact `wedata` command line for these parameters (flags for plain members, --json for the rest). */
export function cliCommand(
  version: string,
  action: string,
  params: Json,
  mock: boolean,
  write: boolean,
): string {
  const parts = ["wedata", "--api-version", version, kebabCase(action)];
  if (mock) parts.push("--mock");
  const rest: Json = {};
  for (const [name, value] of Object.entries(params)) {
    const plain =
      typeof value !== "object" ||
      (Array.isArray(value) && value.every((v) => typeof v !== "object" && !String(v).includes(",")));
    if (plain && value !== null) parts.push(`--${kebabCase(name)}`, quote(textOf(value)));
    else rest[name] = value;
  }
  if (Object.keys(rest).length) parts.push("--json", quote(stringifyExactJson(rest)));
  if (write) parts.push("--yes");
  parts.push("--output", "json");
  return parts.join(" ");
}

function JsonTree({ value, name, depth = 0 }: { value: unknown; name?: string; depth?: number }) {
  const label = name === undefined ? "" : html`<span class="key">${name}</span>: `;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Json);
    const brackets = Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`;
    return html`<details open=${depth < 2}><summary>${label}<span class="dim">${brackets}</span></summary>
      <div class="tree">${entries.map(([k, v]) => html`<${JsonTree} value=${v} name=${k} depth=${depth + 1} />`)}</div>
    </details>`;
  }
  return html`<div>${label}<span class=${`v ${value === null ? "null" : typeof value}`}>${stringifyExactJson(value)}</span></div>`;
}

function ActionList({ props, catalog }: { props: ExplorerProps; catalog: Record<string, Entry> }) {
  const [query, setQuery] = useState("");
  const [docs, setDocs] = useState<Record<string, string>>({});
  const q = query.trim().toLowerCase();
  const matches = Object.entries(catalog).filter(
    ([name, entry]) =>
      !q ||
      name.toLowerCase().includes(q) ||
      entry.summary.toLowerCase().includes(q) ||
      (entry.zh ?? "").includes(q) ||
      (docs[name] ?? "").toLowerCase().includes(q),
  );
  useEffect(() => {
    if (q.length < 2 || Object.keys(docs).length) return;
    // A search by text also looks in the descriptions (English and Tencent's Chinese): one index, fetched once.
    props
      .get("/search.json")
      .then((r) => r.json() as Promise<Record<string, string>>)
      .then(setDocs)
      .catch(() => {});
  }, [q.length >= 2]);
  const groups = new Map<string, Array<[string, Entry]>>();
  for (const match of matches) groups.set(match[1].group, [...(groups.get(match[1].group) ?? []), match]);
  return html`<section>
    <h2>Actions of API ${props.version}</h2>
    <label>Search <input id="action-search" type="search" placeholder="name, 中文 title or description" value=${query} onInput=${(e: Event) => setQuery((e.target as HTMLInputElement).value)} autofocus /></label>
    <span class="dim" id="action-count"> ${matches.length} of ${Object.keys(catalog).length}</span>
    <div id="actions">
      ${[...groups.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(
          ([group, entries]) => html`<h3>${group}</h3><ul>
            ${entries.map(
              ([name, entry]) => html`<li data-action=${name}>
                <a href=${`#/actions/${name}`}>${name}</a> <span class="dim">${entry.summary}</span>
                ${entry.write ? html` <span class="badge write">write</span>` : ""}
                ${entry.deprecated ? html` <span class="badge deprecated">deprecated</span>` : ""}
              </li>`,
            )}
          </ul>`,
        )}
    </div>
  </section>`;
}

function useDoc(props: ExplorerProps, action: string) {
  const [doc, setDoc] = useState<ActionDoc | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    setDoc(null);
    props
      .get(`/reference/${action}`)
      .then(async (r) =>
        r.ok ? setDoc(await r.json()) : setError(`no action ${action} in API ${props.version}`),
      )
      .catch((e) => setError(errorText(e)));
  }, [action]);
  return { doc, error };
}

/** Required members first, then the rest, each in the spec's order. */
const ordered = (members: Member[]) => [
  ...members.filter((m) => m.required),
  ...members.filter((m) => !m.required),
];

function Reference({ props, action }: { props: ExplorerProps; action: string }) {
  const { doc, error } = useDoc(props, action);
  if (error) return html`<p class="error">${error}</p>`;
  if (!doc) return html`<p>Loading…</p>`;
  return html`<section id="reference">
    <h2>${doc.action} <span class="dim">reference</span></h2>
    <p>${doc.summary}</p>
    ${doc.description !== doc.summary ? html`<p class="prose">${doc.description}</p>` : ""}
    ${doc.zh ? html`<p class="prose dim" lang="zh">${doc.zh.summary}${doc.zh.description && doc.zh.description !== doc.zh.summary ? ` — ${doc.zh.description}` : ""}</p>` : ""}
    <p><a id="try-link" href=${`#/actions/${action}`}>Try it</a>${doc.write ? html` · <span class="badge write">changes state</span>` : ""}</p>
    <h3>Request members</h3>
    <table class="members"><thead><tr><th>Member</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
      <tbody>${ordered(doc.members).map(
        (m) => html`<tr data-member=${m.name}><td><code>${m.name}</code></td>
          <td>${m.type === "array" ? `array of ${m.items ?? "values"}` : m.type}${m.enum ? html`<br /><span class="dim">one of ${m.enum.join(", ")}</span>` : ""}</td>
          <td>${m.required ? "yes" : ""}</td><td>${m.description ?? ""}</td></tr>`,
      )}</tbody></table>
    <h3>Published example request</h3>
    ${doc.example ? html`<pre>${stringifyExactJson(doc.example, 2)}</pre>` : html`<p class="dim">none published</p>`}
  </section>`;
}

function TryIt({ props, action }: { props: ExplorerProps; action: string }) {
  const { doc, error } = useDoc(props, action);
  const [values, setValues] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; body: unknown; ms: number; params: Json } | null>(
    null,
  );
  const [refused, setRefused] = useState("");
  const [copied, setCopied] = useState("");
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setValues({});
    setOutcome(null);
    setRefused("");
    setCopied("");
  }, [action]);
  const params = useMemo(() => {
    const out: Json = {};
    for (const member of doc?.members ?? []) {
      const text = values[member.name] ?? "";
      if (text.trim() !== "") out[member.name] = parseValue(member, text.trim());
    }
    return out;
  }, [doc, values]);
  if (error) return html`<p class="error">${error}</p>`;
  if (!doc) return html`<p>Loading…</p>`;
  const send = async () => {
    setRefused("");
    setOutcome(null);
    try {
      await props.validate(action, params);
    } catch (e) {
      // The client's own rules, before anything is sent: the same message as its RequestValidationError.
      setRefused(errorText(e));
      return;
    }
    if (doc.write && !window.confirm(`${action} changes state. Send it?`)) return;
    setBusy(true);
    const started = performance.now();
    try {
      const body = await props.call(action, params, doc.write);
      setOutcome({ ok: true, body, ms: performance.now() - started, params });
    } catch (e) {
      const x = e as { name?: string; code?: string; message?: string; requestId?: string; traceId?: string };
      setOutcome({
        ok: false,
        body: { name: x.name, code: x.code, message: x.message, requestId: x.requestId, traceId: x.traceId },
        ms: performance.now() - started,
        params,
      });
    } finally {
      setBusy(false);
    }
  };
  const copy = (text: string) => {
    setCopied(text);
    navigator.clipboard?.writeText(text).catch(() => {});
  };
  const importPath =
    props.version === "2021-08-20" ? "@wedata-openapi/client" : "@wedata-openapi/client/v20250806";
  const ts = `import { createWedataClient } from "${importPath}";\n\nconst client = createWedataClient({ region: "ap-guangzhou" });\nconst result = await client.${props.methodName(action)}(${typescriptLiteral(outcome?.params ?? params)});\n`;
  const input = (m: Member) => {
    const set = (e: Event) => setValues({ ...values, [m.name]: (e.target as HTMLInputElement).value });
    const value = values[m.name] ?? "";
    if (m.enum || m.type === "boolean")
      return html`<select name=${`m-${m.name}`} value=${value} onChange=${set}>
        <option value="">(not set)</option>
        ${(m.enum ?? [true, false]).map((v) => html`<option value=${String(v)}>${String(v)}</option>`)}
      </select>`;
    if (
      m.type === "object" ||
      (m.type === "array" && m.items && !["string", "integer", "number", "boolean"].includes(m.items))
    )
      return html`<textarea name=${`m-${m.name}`} rows="3" placeholder="JSON" value=${value} onInput=${set}></textarea>`;
    return html`<input name=${`m-${m.name}`} value=${value} onInput=${set}
      inputmode=${m.type === "integer" || m.type === "number" ? "numeric" : undefined}
      placeholder=${m.type === "array" ? `comma-separated ${m.items ?? "values"}` : m.type} />`;
  };
  return html`<section id="try">
    <h2>${action} ${doc.write ? html`<span class="badge write">write</span>` : ""}</h2>
    <p>${doc.summary} · <a id="reference-link" href=${`#/reference/${action}`}>reference</a></p>
    <form id="try-form" onSubmit=${(e: Event) => {
      e.preventDefault();
      send();
    }}>
      ${ordered(doc.members).map(
        (m) => html`<label class="member" data-member=${m.name}>
          <span><code>${m.name}</code>${m.required ? html`<b title="required"> *</b>` : ""} <span class="dim">${m.type === "array" ? `${m.items ?? ""}[]` : m.type}</span></span>
          ${input(m)}
          <small class="dim">${m.description ?? ""}</small>
        </label>`,
      )}
      <div class="buttons">
        <button type="button" class="secondary" id="fill-example" disabled=${!doc.example}
          onClick=${() => setValues(Object.fromEntries(Object.entries(doc.example ?? {}).map(([k, v]) => [k, textOf(v)])))}>Fill with the published example</button>
        <button type="submit" id="send" disabled=${busy}>${busy ? "Sending…" : "Send"}</button>
        <button type="button" class="secondary" id="copy-cli" onClick=${() => copy(cliCommand(props.version, action, outcome?.params ?? params, props.mock, doc.write))}>Copy as wedata command</button>
        <button type="button" class="secondary" id="copy-ts" onClick=${() => copy(ts)}>Copy as TypeScript</button>
      </div>
    </form>
    ${refused && html`<p class="error" id="refused">Not sent: ${refused}</p>`}
    ${copied && html`<pre id="copied">${copied}</pre>`}
    ${
      outcome &&
      html`<div id="result" class=${outcome.ok ? "ok" : "failed"} data-response=${stringifyExactJson(outcome.body)}>
        <p><b>${outcome.ok ? "Answered" : "Failed"}</b> in <span class="took">${Math.round(outcome.ms)} ms</span>
          ${(outcome.body as Json)?.RequestId || (outcome.body as Json)?.requestId ? html` · RequestId <code class="request-id">${String((outcome.body as Json).RequestId ?? (outcome.body as Json).requestId)}</code>` : ""}</p>
        ${!outcome.ok ? html`<p class="error" id="api-error">${(outcome.body as Json).code ?? (outcome.body as Json).name}: ${(outcome.body as Json).message}${(outcome.body as Json).traceId ? ` (TraceId ${(outcome.body as Json).traceId})` : ""}</p>` : ""}
        <${JsonTree} value=${outcome.body} />
      </div>`
    }
  </section>`;
}

/** The explorer's pages by route: `actions`, `actions/<Action>`, `reference/<Action>`. */
export function Explorer(props: ExplorerProps) {
  const [catalog, setCatalog] = useState<Record<string, Entry> | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    props
      .get("/catalog.json")
      .then(async (r) =>
        r.ok ? setCatalog(await r.json()) : setError(`the catalog is not served (${r.status})`),
      )
      .catch((e) => setError(errorText(e)));
  }, []);
  if (error) return html`<p class="error">${error}</p>`;
  if (!catalog) return html`<p>Loading the actions…</p>`;
  const [page, action] = props.route;
  if (page === "reference" && action) return html`<${Reference} props=${props} action=${action} />`;
  if (action) return html`<${TryIt} props=${props} action=${action} />`;
  return html`<${ActionList} props=${props} catalog=${catalog} />`;
}
