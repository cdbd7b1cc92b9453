// The readable views of API 2021-08-20.
import {
  type BatchResult,
  type InstanceDetailVO,
  instanceState,
  lifecycleTimeline,
  parseCostTime,
} from "@wedata-openapi/client";
import type { Colors } from "picocolors/types.js";
import { humanDuration, paintState, timelineLines, type ViewOptions } from "./render.js";

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

/** An API 2021-08-20 state code, painted. */
export function stateLabel(code: number | null | undefined, c: Colors): string {
  return paintState(instanceState(code), c);
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
