// The readable views of API 2025-08-06: 2021-08-20's look.
import {
  executionTimeline,
  type InstanceExecution,
  type TaskInstanceDetail,
  taskInstanceState,
} from "@wedata-openapi/client/v20250806";
import { humanDuration, paintState, timelineLines, type ViewOptions } from "./render.js";

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
