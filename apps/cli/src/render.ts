import { stripVTControlCharacters } from "node:util";
import {
  type BatchResult,
  type InstanceDetailVO,
  instanceState,
  lifecycleTimeline,
  parseCostTime,
  type TimelinePhase,
} from "@wedata-openapi/client";
import {
  executionTimeline,
  type InstanceExecution,
  type TaskInstanceDetail,
  taskInstanceState,
} from "@wedata-openapi/client/v20250806";
import type { Colors } from "picocolors/types.js";

const CYCLES: Record<string, string> = {
  O: "one-off",
  Y: "yearly",
  M: "monthly",
  W: "weekly",
  D: "daily",
  H: "hourly",
  I: "minute",
  C: "crontab",
};

/** A state as both API versions' helpers describe it (`instanceState`, `taskInstanceState`). */
export interface StateInfo {
  group: string;
  name: string;
}

/** A state, coloured and marked by its group: the same look for both API versions. */
export function paintState(state: StateInfo, c: Colors): string {
  const paint =
    state.group === "succeeded"
      ? c.green
      : state.group === "failed"
        ? c.red
        : state.group === "running"
          ? c.cyan
          : state.group === "unknown"
            ? c.gray
            : c.yellow;
  const mark =
    state.group === "succeeded"
      ? "✔ "
      : state.group === "failed"
        ? "✘ "
        : state.group === "running"
          ? "▶ "
          : "";
  return paint(`${mark}${state.name}`);
}

/** An API 2021-08-20 state code, painted. */
export function stateLabel(code: number | null | undefined, c: Colors): string {
  return paintState(instanceState(code), c);
}

/** Aligned columns under a bold header; widths from the visible text (labels carry colour codes). */
/** Columns a text takes on a terminal: colour codes take none, CJK and full-width characters two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of stripVTControlCharacters(text)) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

export function table(header: readonly string[], rows: readonly string[][], c: Colors): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell + " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(cell))))
      .join("  ")
      .trimEnd();
  return `${[c.bold(line(header)), ...rows.map(line)].join("\n")}\n`;
}

/** "00:00:12.000" -> "12s", "01:02:03" -> "1h 2m 3s"; odd values are shown as they are. */
export function humanDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts = [h ? `${h}h` : "", m ? `${m}m` : "", s % 60 || (!h && !m) ? `${s % 60}s` : ""].filter(
    Boolean,
  );
  return parts.join(" ");
}

const BAR_WIDTH = 32;

/** Each phase as a bar placed and sized in proportion to when it started and how long it took. */
export function timelineLines(phases: TimelinePhase[], c: Colors): string[] {
  const timed = phases.filter((p) => p.start);
  const first = timed[0]?.start?.getTime() ?? 0;
  const last = Math.max(first, ...timed.map((p) => (p.end ?? p.start)?.getTime() ?? first));
  const span = Math.max(1, last - first);
  const nameWidth = Math.max(...phases.map((p) => p.state.length), 8);
  return phases.map((phase) => {
    const from = phase.start ? phase.start.getTime() - first : 0;
    const offset = Math.round((from / span) * BAR_WIDTH);
    const length =
      phase.durationMs === null ? 0 : Math.max(1, Math.round((phase.durationMs / span) * BAR_WIDTH));
    const bar =
      phase.durationMs === null ? c.dim("●") : c.cyan("█".repeat(Math.min(length, BAR_WIDTH - offset) || 1));
    const clock = (text: string | null) => (text ? text.slice(11) : "        ");
    const when = phase.endText
      ? `${clock(phase.startText)} → ${clock(phase.endText)}`
      : `${clock(phase.startText)}           `;
    const took = phase.durationMs === null ? "" : humanDuration(phase.durationMs);
    return `  ${phase.state.padEnd(nameWidth)}  ${when}  ${took.padStart(7)}  ${" ".repeat(Math.min(offset, BAR_WIDTH - 1))}${bar}`;
  });
}

export interface ViewOptions {
  timeZone: string;
  requestId: string;
  colors: Colors;
  logLines?: number;
}

/** The readable view of one instance. */
export function renderInstance(detail: InstanceDetailVO, options: ViewOptions): string {
  const c = options.colors;
  const tz = options.timeZone;
  const lines: string[] = [];
  const row = (label: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== "")
      lines.push(`  ${c.dim(label.padEnd(10))}  ${value}`);
  };
  const timed = (value: string | null | undefined) => (value ? `${value} ${c.dim(tz)}` : undefined);
  lines.push(`${c.bold(detail.TaskName ?? "(unnamed task)")}  ${stateLabel(detail.InstanceState, c)}`);
  const type = detail.TaskType;
  const typeMeta = [type?.TypeId, type?.TypeSort]
    .filter((v) => v !== null && v !== undefined && v !== "")
    .join(", ");
  const typeText = type ? `${type.TypeDesc ?? "unknown type"}${typeMeta ? ` (${typeMeta})` : ""}` : undefined;
  const cycle = detail.TaskCycleType
    ? `${CYCLES[detail.TaskCycleType] ?? "unknown cycle"} (${detail.TaskCycleType})`
    : undefined;
  row("Task", [detail.TaskId, typeText, cycle && `cycle ${cycle}`].filter(Boolean).join(" · "));
  row(
    "Workflow",
    detail.WorkflowName &&
      `${detail.WorkflowName}${detail.WorkflowId ? c.dim(` (${detail.WorkflowId})`) : ""}`,
  );
  row("Folder", detail.FolderName);
  row("Owners", detail.InChargeList?.join(", "));
  row("Instance", detail.InstanceKey);
  row("Data time", detail.CurRunDate && `${detail.CurRunDate} ${c.dim("UTC+8")}`);
  row("Scheduled", timed(detail.SchedulerTime));
  row("Started", timed(detail.StartTime));
  row("Ended", timed(detail.EndTime));
  const cost = parseCostTime(detail.CostTime);
  row("Cost", cost !== null ? humanDuration(cost) : detail.CostTime);
  row(
    "Attempts",
    detail.Tries !== null && detail.Tries !== undefined
      ? `${detail.Tries}/${detail.TryLimit ?? "?"}`
      : undefined,
  );
  row("Run type", detail.InstanceRunType);
  row("Resources", detail.ExecutorGroupName);

  for (const round of lifecycleTimeline(detail, tz)) {
    lines.push("");
    const title = `Lifecycle, round ${round.round}${round.runType ? ` (${round.runType})` : ""}`;
    lines.push(`${c.bold(title)}  ${stateLabel(round.instanceState, c)}  ${c.dim(`times in ${tz}`)}`);
    lines.push(...timelineLines(round.phases, c));
  }

  const log = detail.LatestLog;
  if (log?.LogInfo) {
    lines.push("");
    const count = options.logLines ?? 10;
    const logLines = log.LogInfo.replace(/\n+$/, "").split("\n");
    const meta = [
      log.LineCount !== null && log.LineCount !== undefined ? `${log.LineCount} lines` : "",
      log.BrokerIp ?? "",
    ].filter(Boolean);
    const shown = Math.min(count, logLines.length);
    lines.push(
      `${c.bold(shown === 1 ? "Latest log, last line" : `Latest log, last ${shown} lines`)}${c.dim(` (${[...meta, "the log's own times are UTC+8"].join(", ")})`)}`,
    );
    for (const line of logLines.slice(-count)) lines.push(`  ${c.dim("│")} ${line}`);
  }
  lines.push("");
  lines.push(c.dim(`RequestId ${options.requestId}`));
  return `${lines.join("\n")}\n`;
}

/** One line per key, in input order. */
export function renderBatch(results: BatchResult[], c: Colors): string {
  const width = Math.max(...results.map((r) => r.instanceKey.length), 12);
  return `${results
    .map((r) => {
      if (!r.ok) {
        const e = r.error as { code?: string; message: string; requestId?: string };
        return `${r.instanceKey.padEnd(width)}  ${c.red("✘ error")}  ${e.code ? `${e.code}: ` : ""}${e.message}${e.requestId ? c.dim(` (RequestId ${e.requestId})`) : ""}`;
      }
      if (!r.data) return `${r.instanceKey.padEnd(width)}  ${c.gray("no data")}`;
      return `${r.instanceKey.padEnd(width)}  ${stateLabel(r.data.InstanceState, c)}  ${r.data.TaskName ?? ""}  ${c.dim(r.data.EndTime ?? r.data.StartTime ?? "")}`;
    })
    .join("\n")}\n`;
}

/** The readable view of one instance of API 2025-08-06: 2021-08-20's look, one timeline per execution. */
export function renderTaskInstance(
  detail: TaskInstanceDetail,
  executions: readonly InstanceExecution[],
  options: ViewOptions,
): string {
  const c = options.colors;
  const tz = options.timeZone;
  const lines: string[] = [];
  const row = (label: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== "")
      lines.push(`  ${c.dim(label.padEnd(10))}  ${value}`);
  };
  const timed = (value: string | null | undefined) => (value ? `${value} ${c.dim(tz)}` : undefined);
  const state = (value: string | null | undefined) => paintState(taskInstanceState(value), c);
  lines.push(`${c.bold(detail.TaskName ?? "(unnamed task)")}  ${state(detail.InstanceState)}`);
  const type = [detail.TaskType, detail.TaskTypeId].filter((v) => v !== null && v !== undefined && v !== "");
  row(
    "Task",
    [detail.TaskId, type.length ? type.join(", ") : "", detail.CycleType && `cycle ${detail.CycleType}`]
      .filter(Boolean)
      .join(" · "),
  );
  row(
    "Workflow",
    detail.WorkflowName &&
      `${detail.WorkflowName}${detail.WorkflowId ? c.dim(` (${detail.WorkflowId})`) : ""}`,
  );
  row("Folder", detail.FolderName);
  row("Owners", detail.OwnerUinList?.join(", "));
  row("Instance", detail.InstanceKey);
  row("Data time", detail.CurRunDate);
  row("Scheduled", timed(detail.SchedulerTime));
  row("Started", timed(detail.StartTime));
  row("Ended", timed(detail.EndTime));
  row("Cost", typeof detail.CostTime === "number" ? humanDuration(detail.CostTime) : undefined);
  row(
    "Attempts",
    detail.Tries !== null && detail.Tries !== undefined
      ? `${detail.Tries}/${detail.TryLimit ?? "?"}`
      : undefined,
  );
  row("Resources", detail.ExecutorGroupName);
  if (detail.JobErrorMsg) row("Error", c.red(detail.JobErrorMsg));

  for (const round of executionTimeline(executions, tz)) {
    lines.push("");
    const title = `Lifecycle, round ${round.round}${round.runType ? ` (${round.runType})` : ""}`;
    lines.push(`${c.bold(title)}  ${state(round.instanceState)}  ${c.dim(`times in ${tz}`)}`);
    lines.push(...timelineLines(round.phases, c));
  }
  lines.push("");
  lines.push(c.dim(`Times in ${tz} · RequestId ${options.requestId}`));
  return `${lines.join("\n")}\n`;
}
