// One dataset for every action of the 2021-08-20 mock: the detail that GetTaskInstance serves, the list item
// that ListInstances pages and the log lines that GetInstanceLog reads, kept consistent by construction.
import type { InstanceDetailVO, InstanceVO } from "@wedata-openapi/schema/v20210820";
import { examples } from "@wedata-openapi/schema/v20210820/examples";
import { storedAnswer } from "../time-zone.js";
import { buildInstanceDetail } from "./build.js";

/** One instance of the mock: what each action serves of it. Mutate it (append log lines, change states) and the mock follows. */
export interface MockInstance {
  detail: InstanceDetailVO;
  /** Its ListInstances item. */
  item: InstanceVO;
  /** Log lines per lifecycle round (index = LifeRoundNum). */
  logs: string[][];
}

const FAILED = new Set([3, 4, 5, 8, 13]);
const RUNNING = new Set([1, 19, 22]);

/** The ListInstances item of a detail: the fields both carry, plus when it last changed and why it failed. */
export function listItemOf(detail: InstanceDetailVO): InstanceVO {
  return {
    InstanceKey: detail.InstanceKey,
    ProjectId: detail.ProjectId,
    FolderId: detail.FolderId,
    FolderName: detail.FolderName,
    WorkflowId: detail.WorkflowId,
    WorkflowName: detail.WorkflowName,
    InChargeList: detail.InChargeList,
    TaskId: detail.TaskId,
    TaskName: detail.TaskName,
    TaskType: detail.TaskType,
    TaskCycleType: detail.TaskCycleType,
    CurRunDate: detail.CurRunDate,
    TryLimit: detail.TryLimit,
    Tries: detail.Tries,
    TotalRunNum: detail.TotalRunNum,
    InstanceType: detail.InstanceType,
    InstanceState: detail.InstanceState,
    StartTime: detail.StartTime,
    EndTime: detail.EndTime,
    CostTime: detail.CostTime,
    SchedulerTime: detail.SchedulerTime,
    LastUpdateTime: detail.EndTime ?? detail.StartTime ?? detail.SchedulerTime ?? null,
    ExecutorGroupId: detail.ExecutorGroupId,
    ExecutorGroupName: detail.ExecutorGroupName,
    JobErrorMsg: FAILED.has(detail.InstanceState ?? -1) ? "The task exited with code 1" : null,
  };
}

/** A mock instance from a detail: the latest round's log is its LatestLog, earlier rounds get a short log. */
export function mockInstance(detail: InstanceDetailVO): MockInstance {
  const rounds = Math.max(1, (detail.LifeRoundNum ?? 0) + 1);
  const latest = (detail.LatestLog?.LogInfo ?? "").split("\n").filter((line) => line !== "");
  const logs = Array.from({ length: rounds }, (_, round) =>
    round === rounds - 1 ? latest : [`round ${round} started`, `round ${round} [ERROR] failed`],
  );
  return { detail, item: listItemOf(detail), logs };
}

/**
 * A consistent instance for tests and demos: `buildInstanceDetail` (deterministic per InstanceKey) with a
 * log that matches its state: a success ends with exit code 0, a failure with an error, a running instance
 * has no end yet.
 */
export function buildInstance(overrides: InstanceDetailVO = {}): MockInstance {
  const base = buildInstanceDetail(overrides);
  const state = base.InstanceState ?? 2;
  const started = base.StartTime ?? "";
  const ended = base.EndTime ?? started;
  const lines = [
    `${started} [INFO] task ${base.TaskName} started on ${base.ExecutorGroupName}`,
    `${started} [INFO] running shell script`,
    `${started} [DEBUG] environment prepared`,
  ];
  if (FAILED.has(state)) {
    lines.push(`${ended} [ERROR] command failed: exit status 1`, `${ended} [INFO] exit code 1`);
  } else if (!RUNNING.has(state)) {
    lines.push(
      `${ended} [INFO] rows written: ${(base.TaskId ?? "0").length * 1000}`,
      `${ended} [INFO] exit code 0`,
    );
  }
  const detail: InstanceDetailVO = {
    ...base,
    ...(RUNNING.has(state) ? { EndTime: null, CostTime: null } : {}),
    LatestLog: base.LatestLog
      ? {
          ...base.LatestLog,
          InstanceState: state,
          LogInfo: lines.join("\n"),
          LineCount: lines.length,
          IsEnd: !RUNNING.has(state),
        }
      : null,
    ...overrides,
  };
  return mockInstance(detail);
}

/** Adds minutes to a `yyyy-MM-dd HH:mm:ss` wall-clock string. */
function plusMinutes(time: string, minutes: number): string {
  const date = new Date(`${time.replace(" ", "T")}Z`);
  return new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, 19).replace("T", " ");
}

/**
 * The default dataset: the documented instance and the other runs of its minute-cycle task on 2025-03-28
 * (34 instances, as in ListInstances' documented reply), plus a failed daily task and a running hourly one.
 */
export function defaultInstances(): MockInstance[] {
  // The documented reply answers a request in UTC+6: kept in UTC+8, it is answered again for that request.
  const documented = storedAnswer(
    structuredClone(examples.GetTaskInstance.response.Response.Data) as InstanceDetailVO,
    examples.GetTaskInstance.request.ScheduleTimeZone ?? "UTC+8",
  );
  const first = mockInstance(documented);
  first.logs[0] = [
    "2025-03-28 00:18:31 [INFO] task dq_test_dylan_shell_01 started on qfh_test",
    "2025-03-28 00:18:35 [INFO] echo this is log demo;",
    documented.LatestLog?.LogInfo ?? "",
    "2025-03-28 00:18:37 [INFO] exit code 0",
  ];
  const task = {
    ProjectId: documented.ProjectId,
    TaskId: documented.TaskId,
    TaskName: documented.TaskName,
    TaskType: documented.TaskType,
    TaskCycleType: documented.TaskCycleType,
    FolderId: documented.FolderId,
    FolderName: documented.FolderName,
    WorkflowId: documented.WorkflowId,
    WorkflowName: documented.WorkflowName,
    InChargeList: documented.InChargeList,
    ExecutorGroupId: documented.ExecutorGroupId,
    ExecutorGroupName: documented.ExecutorGroupName,
  } satisfies InstanceDetailVO;
  const siblings = Array.from({ length: 33 }, (_, i) =>
    buildInstance({
      ...task,
      InstanceKey: `${documented.TaskId}_${plusMinutes("2025-03-28 00:00:00", 20 * (i + 1))}`,
    }),
  );
  const failed = buildInstance({
    InstanceKey: "20250101093000123_2025-03-28 02:00:00",
    ProjectId: documented.ProjectId,
    TaskName: "ods_orders_daily",
    InChargeList: ["alice"],
    InstanceState: 8,
    Tries: 3,
    TryLimit: 3,
  });
  const running = buildInstance({
    InstanceKey: "20250202101500456_2025-03-28 03:00:00",
    ProjectId: documented.ProjectId,
    TaskName: "dwd_user_hourly",
    TaskCycleType: "H",
    InChargeList: ["bob"],
    InstanceState: 1,
  });
  return [first, ...siblings, failed, running];
}
