// The console page: our own generated clients (browser entries) against the local server, which signs. The
// address the command printed carries a single-use code; the one page it opens carries the session token, which
// the page keeps for this tab (sessionStorage: this origin, port included, only) and sends on every call.
import * as v2021 from "@wedata-openapi/client";
import * as v2025 from "@wedata-openapi/client/v20250806";
import { html, render } from "htm/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { Explorer } from "./explorer.js";

const TOKEN_HEADER = "x-wedata-console-token";
const CONFIRM_HEADER = "x-wedata-console-confirm";
/** The project a search starts in (the mocks' documented one); an instance opens in the project it was found in. */
const PROJECT = "1460947878944567296";

const TOKEN_KEY = "wedata-console-token";
let token = sessionStorage.getItem(TOKEN_KEY) ?? "";

/**
 * The session: the token the server put in this page for the address's single-use code, kept for the tab (a
 * reload of the page, which no longer has the code, finds it there).
 */
async function session(): Promise<string> {
  const given = document.querySelector<HTMLMetaElement>('meta[name="wedata-session"]');
  if (given?.content) {
    token = given.content;
    sessionStorage.setItem(TOKEN_KEY, token);
    given.remove();
  }
  // The spent code out of the address bar (and of screenshots and shared links).
  if (location.search) history.replaceState(null, "", location.pathname + location.hash);
  if (!token)
    throw new Error(
      "This page has no console session: open the address `wedata console` printed (each address opens one page, once).",
    );
  return token;
}

/** The page's own fetch: the session token on every call, and the confirmation on the writes it confirmed. */
const consoleFetch =
  (confirmed: boolean) =>
  (input: string, init: RequestInit): Promise<Response> =>
    fetch(input, {
      ...init,
      headers: {
        ...(init.headers as Record<string, string>),
        [TOKEN_HEADER]: token,
        ...(confirmed ? { [CONFIRM_HEADER]: "yes" } : {}),
      },
    });
// The browser holds no keys: the local server signs with the user's. These only satisfy the client's shape.
const options = (confirmed = false) => ({
  region: "ap-guangzhou",
  endpoint: location.origin,
  credentials: { secretId: "console", secretKey: "signed-by-the-local-server" },
  fetch: consoleFetch(confirmed),
});
const c2021 = v2021.createWedataClient(options());
const c2025 = v2025.createWedataClient(options());
const c2021Confirmed = v2021.createWedataClient(options(true));
const c2025Confirmed = v2025.createWedataClient(options(true));

/** The explorer's way to any action: the version's client, confirmed for the writes the page confirmed. */
const explorerClients = {
  "2021-08-20": { plain: c2021, confirmed: c2021Confirmed, methodName: v2021.methodName },
  "2025-08-06": { plain: c2025, confirmed: c2025Confirmed, methodName: v2025.methodName },
} as const;
type Caller = {
  call(action: string, params: unknown): Promise<unknown>;
  validate(action: string, params: unknown): void | Promise<void>;
};

/** The route in the address's fragment: `#/actions/ListWorkflows` -> ["actions", "ListWorkflows"]. */
function useRoute(): string[] {
  const parse = () => location.hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  const [route, setRoute] = useState(parse());
  useEffect(() => {
    const update = () => setRoute(parse());
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}

type Any = Record<string, unknown>;
const message = (error: unknown) =>
  error instanceof Error
    ? `${(error as { code?: string }).code ? `${(error as { code?: string }).code}: ` : ""}${error.message}`
    : String(error);

function stateOf(version: string, state: unknown) {
  return version === "2021-08-20"
    ? v2021.instanceState(state as number)
    : v2025.taskInstanceState(state as string);
}
function State({ version, state }: { version: string; state: unknown }) {
  const s = stateOf(version, state);
  return html`<span class=${`state ${s.group}`} data-state=${String(state)}>${s.name}</span>`;
}

interface Phase {
  state: string;
  start: number | null;
  end: number | null;
  startText: string | null;
  endText: string | null;
}
interface Round {
  round: number;
  phases: Phase[];
}

/** Rounds and phases to scale: one bar (a `phase-mark`) per phase, its times in a tooltip. */
function Timeline({ rounds, zone }: { rounds: Round[]; zone: string }) {
  const times = rounds
    .flatMap((r) => r.phases.flatMap((p) => [p.start, p.end]))
    .filter((t): t is number => t !== null);
  if (times.length === 0) return html`<p>No lifecycle recorded.</p>`;
  const first = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - first);
  const width = 640;
  const left = 120;
  const row = 20;
  const rows = rounds.flatMap((r) => [
    { title: `Round ${r.round}`, phase: undefined as Phase | undefined },
    ...r.phases.map((p) => ({ title: p.state, phase: p })),
  ]);
  const x = (t: number) => left + ((t - first) / span) * (width - left - 10);
  return html`<svg class="timeline" width=${width} height=${rows.length * row + 10} role="img" aria-label="lifecycle timeline">
    ${rows.map((r, i) => {
      const y = i * row + 5;
      if (!r.phase) return html`<text x="0" y=${y + 13} font-weight="600">${r.title}</text>`;
      const start = r.phase.start ?? first;
      const end = r.phase.end ?? start;
      const w = Math.max(3, x(end) - x(start));
      const tip = `${r.phase.state}: ${r.phase.startText ?? "?"}${r.phase.endText ? ` → ${r.phase.endText}` : ""} (${zone})`;
      return html`<g class="phase-mark" data-phase=${r.phase.state}>
        <text x="8" y=${y + 13}>${r.title}</text>
        <rect x=${x(start)} y=${y + 3} width=${w} height="12" rx="2" fill=${r.phase.end ? "#2f6fde" : "#7aa2ec"}><title>${tip}</title></rect>
      </g>`;
    })}
  </svg>`;
}

/** 2025-08-06 times as epoch ms (no offset in the text: read as UTC to keep proportions). */
const at = (text: string | null | undefined) => (text ? Date.parse(`${text.replace(" ", "T")}Z`) : null);

/** An instance to show: its key and the project it was found in. */
interface Opened {
  key: string;
  project: string;
}

function Search({ version, onOpen }: { version: string; onOpen: (opened: Opened) => void }) {
  const [form, setForm] = useState({
    project: PROJECT,
    from: "2025-03-28 00:00:00",
    to: "2025-03-28 23:59:59",
    states: "",
    keyword: "",
  });
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<Any | null>(null);
  const [error, setError] = useState("");
  // Only the latest search shows its results: an earlier one (the default query's) that answers later is dropped.
  const latest = useRef(0);
  const search = async (pageNumber: number) => {
    const mine = ++latest.current;
    setError("");
    try {
      const states = form.states
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (version === "2021-08-20") {
        const params: Any = {
          ProjectId: form.project,
          ScheduleTimeFrom: form.from,
          ScheduleTimeTo: form.to,
          PageNumber: pageNumber,
          PageSize: 10,
        };
        if (states.length) params.InstanceStateList = states.map(Number);
        if (form.keyword) params.Keyword = form.keyword;
        const found = (await c2021.listInstances(params as never)) as Any;
        if (mine !== latest.current) return;
        setResult(found);
      } else {
        const params: Any = { ProjectId: form.project, PageNumber: pageNumber, PageSize: 10 };
        if (states[0]) params.InstanceState = states[0];
        if (form.keyword) params.Keyword = form.keyword;
        const found = (await c2025.listTaskInstances(params as never)) as Any;
        if (mine !== latest.current) return;
        setResult(found);
      }
      setPage(pageNumber);
    } catch (e) {
      setError(message(e));
    }
  };
  // The page opens on the default query's results, not on an empty form waiting for a click.
  useEffect(() => {
    search(1);
  }, []);
  const field = (name: keyof typeof form, label: string, size = 20) =>
    html`<label>${label}<input name=${name} size=${size} value=${form[name]} onInput=${(e: Event) => setForm({ ...form, [name]: (e.target as HTMLInputElement).value })} /></label>`;
  const items = (result?.Items as Any[] | undefined) ?? [];
  const pages = Number(result?.TotalPage ?? result?.TotalPageNumber ?? 1);
  return html`<section>
    <h2>Find instances</h2>
    <form
      onSubmit=${(e: Event) => {
        e.preventDefault();
        search(1);
      }}
    >
      ${field("project", "Project", 20)}
      ${version === "2021-08-20" ? html`${field("from", "Scheduled from")}${field("to", "to")}` : ""}
      ${field("states", version === "2021-08-20" ? "States (codes, e.g. 4,5,8,13)" : "State (e.g. EXPIRED)", 14)}
      ${field("keyword", "Keyword", 14)}
      <button type="submit" id="search">Search</button>
    </form>
    ${error && html`<p class="error">${error}</p>`}
    ${
      result &&
      html`<table id="results">
        <thead><tr><th>Instance</th><th>Task</th><th>State</th><th>Started</th><th>Owners</th></tr></thead>
        <tbody>
          ${items.map(
            (
              item,
            ) => html`<tr data-key=${item.InstanceKey} onClick=${() => onOpen({ key: String(item.InstanceKey), project: form.project })}>
              <td>${item.InstanceKey}</td><td>${item.TaskName}</td><td><${State} version=${version} state=${item.InstanceState} /></td>
              <td>${item.StartTime ?? ""}</td><td>${((item.InChargeList ?? item.OwnerUinList) as string[] | undefined)?.join(", ")}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="pager">
        <button class="secondary" disabled=${page <= 1} onClick=${() => search(page - 1)}>Previous</button>
        <span>page ${page} of ${pages}, ${String(result.TotalCount ?? items.length)} instances</span>
        <button class="secondary" disabled=${page >= pages} onClick=${() => search(page + 1)}>Next</button>
      </div>`
    }
  </section>`;
}

/** The log of one round, with follow: new lines are appended while the instance runs. */
function Log2021({ detail, zone }: { detail: Any; zone: string }) {
  const rounds = ((detail.InstanceLifeCycleList as Any[] | undefined) ?? []).map((r) =>
    Number(r.LifeRoundNum ?? 0),
  );
  const [round, setRound] = useState(Number(detail.LifeRoundNum ?? 0));
  const [text, setText] = useState("");
  const [follow, setFollow] = useState(false);
  const next = useRef(1);
  useEffect(() => {
    let stop = false;
    next.current = 1;
    setText("");
    const read = async () => {
      const lifecycle = ((detail.InstanceLifeCycleList as Any[] | undefined) ?? []).find(
        (r) => Number(r.LifeRoundNum) === round,
      );
      const params: Any = {
        ProjectId: detail.ProjectId,
        InstanceKey: detail.InstanceKey,
        LifeRoundNum: round,
        ScheduleTimeZone: zone,
        StartLineNum: next.current,
      };
      if (lifecycle?.ExecutionJobId) params.ExecutionJobId = lifecycle.ExecutionJobId;
      const page = (await c2021.getInstanceLog(params as never)) as Any | null;
      const count = Number(page?.LineCount ?? 0);
      if (count > 0 && !stop) {
        next.current += count;
        setText((t) => `${t}${t ? "\n" : ""}${page?.LogInfo ?? ""}`);
      }
    };
    read();
    const timer = follow ? setInterval(read, 1000) : undefined;
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [round, follow, detail.InstanceKey]);
  return html`<section>
    <h2>Log</h2>
    <form onSubmit=${(e: Event) => e.preventDefault()}>
      <label>Round<select id="round" value=${round} onChange=${(e: Event) => setRound(Number((e.target as HTMLSelectElement).value))}>
        ${(rounds.length ? rounds : [0]).map((r) => html`<option value=${r}>${r}</option>`)}
      </select></label>
      <label><span>Follow</span><input id="follow" type="checkbox" checked=${follow} onChange=${(e: Event) => setFollow((e.target as HTMLInputElement).checked)} /></label>
    </form>
    <pre id="log">${text || "(no lines)"}</pre>
  </section>`;
}

function Instance2021({
  instanceKey,
  project,
  zone,
}: {
  instanceKey: string;
  project: string;
  zone: string;
}) {
  const [detail, setDetail] = useState<Any | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    c2021.getTaskInstance({ ProjectId: project, InstanceKey: instanceKey, ScheduleTimeZone: zone }).then(
      (d) => setDetail(d as Any | null),
      (e) => setError(message(e)),
    );
  }, [instanceKey, project, zone]);
  if (error) return html`<section><p class="error">${error}</p></section>`;
  if (!detail) return html`<section>Loading ${instanceKey}…</section>`;
  const rounds: Round[] = v2021.lifecycleTimeline(detail as never, zone).map((r) => ({
    round: r.round,
    phases: r.phases.map((p) => ({
      state: p.state,
      start: p.start?.getTime() ?? null,
      end: p.end?.getTime() ?? null,
      startText: p.startText,
      endText: p.endText,
    })),
  }));
  const cost = v2021.parseCostTime(detail.CostTime as string);
  return html`<section id="instance">
      <h2><span id="task-name">${detail.TaskName}</span> <${State} version="2021-08-20" state=${detail.InstanceState} /></h2>
      <div class="facts">
        <div><span>Instance</span>${detail.InstanceKey}</div>
        <div><span>Workflow</span>${detail.WorkflowName}</div>
        <div><span>Owners</span>${(detail.InChargeList as string[] | undefined)?.join(", ")}</div>
        <div><span>Attempts</span>${String(detail.Tries ?? "?")}/${String(detail.TryLimit ?? "?")}</div>
        <div><span>Cost</span>${cost === null ? String(detail.CostTime ?? "") : `${Math.round(cost / 1000)} s`}</div>
        <div><span>Scheduled</span>${detail.SchedulerTime} ${zone}</div>
      </div>
      <h2 style="margin-top:12px">Lifecycle</h2>
      <${Timeline} rounds=${rounds} zone=${zone} />
    </section>
    <${Log2021} detail=${detail} zone=${zone} />`;
}

function Instance2025({
  instanceKey,
  project,
  onOpen,
}: {
  instanceKey: string;
  project: string;
  onOpen: (opened: Opened) => void;
}) {
  const [detail, setDetail] = useState<Any | null>(null);
  const [executions, setExecutions] = useState<Any[]>([]);
  const [links, setLinks] = useState<{ up: Any[]; down: Any[] }>({ up: [], down: [] });
  const [log, setLog] = useState("");
  const [job, setJob] = useState<Any | null>(null);
  const [error, setError] = useState("");
  const key = { ProjectId: project, InstanceKey: instanceKey };
  const load = async () => {
    try {
      setDetail((await c2025.getTaskInstance(key)) as Any);
      setExecutions(
        ((await c2025.listTaskInstanceExecutions({ ...key, PageSize: 50 }))?.Items ?? []) as Any[],
      );
      setLinks({
        up: ((await c2025.listUpstreamTaskInstances(key))?.Items ?? []) as Any[],
        down: ((await c2025.listDownstreamTaskInstances(key))?.Items ?? []) as Any[],
      });
      const lines: string[] = [];
      for await (const page of v2025.readTaskInstanceLog(c2025, key)) lines.push(page.LogInfo ?? "");
      setLog(lines.join("\n"));
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => {
    setJob(null);
    load();
  }, [instanceKey, project]);
  const operate = async (
    action: "rerunTaskInstancesAsync" | "killTaskInstancesAsync" | "setSuccessTaskInstancesAsync",
    verb: string,
  ) => {
    if (!window.confirm(`${verb} ${instanceKey}?`)) return;
    try {
      const started = await c2025Confirmed[action]({ ProjectId: project, InstanceKeyList: [instanceKey] });
      const done = await v2025
        .waitForOpsAsyncJob(
          c2025,
          { ProjectId: project, AsyncId: String(started?.AsyncId) },
          { intervalMs: 300, onPoll: (j) => setJob(j as Any) },
        )
        .catch((e) => {
          setError(message(e));
          return null;
        });
      if (done) setJob(done as Any);
      await load();
    } catch (e) {
      setError(message(e));
    }
  };
  if (!detail)
    return html`<section>${error ? html`<p class="error">${error}</p>` : `Loading ${instanceKey}…`}</section>`;
  const rounds: Round[] = executions.map((e) => ({
    round: Number(e.LifeRoundNum ?? 0),
    phases: ((e.ExecutionPhaseList as Any[] | undefined) ?? []).map((p) => ({
      state: String(p.DetailState),
      start: at(p.StartTime as string),
      end: at(p.EndTime as string),
      startText: (p.StartTime as string) ?? null,
      endText: (p.EndTime as string) ?? null,
    })),
  }));
  const linkList = (items: Any[]) =>
    items.length
      ? items.map(
          (i) =>
            html`<div><a onClick=${() => onOpen({ key: String(i.InstanceKey), project })}>${i.TaskName}</a> <${State} version="2025-08-06" state=${i.InstanceState} /></div>`,
        )
      : html`<div>none</div>`;
  return html`<section id="instance">
      <h2><span id="task-name">${detail.TaskName}</span> <${State} version="2025-08-06" state=${detail.InstanceState} /></h2>
      <div class="facts">
        <div><span>Instance</span>${detail.InstanceKey}</div>
        <div><span>Workflow</span>${detail.WorkflowName}</div>
        <div><span>Owners</span>${(detail.OwnerUinList as string[] | undefined)?.join(", ")}</div>
        <div><span>Attempts</span>${String(detail.Tries ?? "?")}/${String(detail.TryLimit ?? "?")}</div>
        <div><span>Cost</span>${detail.CostTime == null ? "" : `${Math.round(Number(detail.CostTime) / 1000)} s`}</div>
        <div><span>Runs</span>${String(detail.TotalRunNum ?? "")}</div>
      </div>
      <div class="form" style="margin-top:10px;display:flex;gap:8px">
        <button id="rerun" onClick=${() => operate("rerunTaskInstancesAsync", "Rerun")}>Rerun</button>
        <button id="kill" class="danger" onClick=${() => operate("killTaskInstancesAsync", "Kill")}>Kill</button>
        <button id="set-success" class="secondary" onClick=${() => operate("setSuccessTaskInstancesAsync", "Set successful")}>Set successful</button>
      </div>
      ${job && html`<p class="job" id="job">Job ${job.AsyncId}: <b>${job.Status}</b>, ${String(job.FinishedSubProcessCount ?? 0)}/${String(job.TotalSubProcessCount ?? 0)} done</p>`}
      ${error && html`<p class="error">${error}</p>`}
      <h2 style="margin-top:12px">Executions</h2>
      <${Timeline} rounds=${rounds} zone="UTC+8" />
      <h2 style="margin-top:12px">Dependencies</h2>
      <div class="links"><div><b>Upstream</b>${linkList(links.up)}</div><div><b>Downstream</b>${linkList(links.down)}</div></div>
    </section>
    <section><h2>Log</h2><pre id="log">${log || "(no lines)"}</pre></section>`;
}

function App() {
  const [config, setConfig] = useState<{ apiVersion: string; label: string } | null>(null);
  const [error, setError] = useState("");
  const [open, setOpen] = useState<Opened | null>(null);
  const [zone, setZone] = useState("UTC+8");
  const route = useRoute();
  useEffect(() => {
    session()
      .then((t) => fetch("/config.json", { headers: { [TOKEN_HEADER]: t } }))
      .then(async (r) =>
        r.ok
          ? setConfig(await r.json())
          : setError(
              "This console session has ended (the console was restarted?): open the address `wedata console` printed.",
            ),
      )
      .catch((e) => setError(message(e)));
  }, []);
  if (error) return html`<main><section><p class="error" id="fatal">${error}</p></section></main>`;
  if (!config) return html`<main>Connecting…</main>`;
  const version = config.apiVersion;
  const exploring = route[0] === "actions" || route[0] === "reference";
  const clients = explorerClients[version as keyof typeof explorerClients];
  const caller = (confirmed: boolean) => (confirmed ? clients.confirmed : clients.plain) as unknown as Caller;
  const nav = html`<nav>
    <a href="#/" class=${exploring ? "" : "current"} id="nav-instances">Instances</a>
    <a href="#/actions" class=${exploring ? "current" : ""} id="nav-actions">Actions</a>
  </nav>`;
  if (exploring)
    return html`<header><h1>wedata console</h1><span class="meta">API ${version}${config.label ? ` · ${config.label}` : ""}</span>${nav}</header>
      <main><${Explorer}
        version=${version}
        mock=${config.label === "mock"}
        route=${route}
        get=${(path: string) => fetch(path, { headers: { [TOKEN_HEADER]: token } })}
        validate=${(action: string, params: unknown) => caller(false).validate(action, params)}
        call=${async (action: string, params: unknown, confirmed: boolean) => caller(confirmed).call(action, params)}
        methodName=${clients.methodName}
      /></main>`;
  return html`<header><h1>wedata console</h1><span class="meta">API ${version}${config.label ? ` · ${config.label}` : ""}</span>${nav}
      ${
        version === "2021-08-20" &&
        html`<label style="color:#fff">Times in <select id="zone" value=${zone} onChange=${(e: Event) => setZone((e.target as HTMLSelectElement).value)}>
        ${["UTC+8", "UTC+6", "UTC+0", "UTC-5", "UTC+5:30"].map((z) => html`<option value=${z}>${z}</option>`)}
      </select></label>`
      }
    </header>
    <main>
      <${Search} version=${version} onOpen=${setOpen} />
      ${open && (version === "2021-08-20" ? html`<${Instance2021} instanceKey=${open.key} project=${open.project} zone=${zone} />` : html`<${Instance2025} instanceKey=${open.key} project=${open.project} onOpen=${setOpen} />`)}
    </main>`;
}

const root = document.getElementById("app") as HTMLElement;
root.textContent = "";
render(html`<${App} />`, root);
