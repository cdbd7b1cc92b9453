// One dataset for every action of the 2025-08-06 mock: each instance's detail, its upstream links, its
// executions (one per run) and its log per run, kept consistent by construction.
import type { InstanceExecution, TaskInstance, TaskInstanceDetail } from "@wedata-openapi/schema/v20250806";
import { examples } from "@wedata-openapi/schema/v20250806/examples";

/** One instance of the mock. Mutate it and the mock follows (an operation changes it too). */
export interface OpsInstance {
  detail: TaskInstanceDetail;
  /** The InstanceKeys this one directly depends on (downstream links are the reverse). */
  upstream: string[];
  /** One execution per run, oldest first (LifeRoundNum = index). */
  executions: InstanceExecution[];
  /** Log lines per run (index = LifeRoundNum). */
  logs: string[][];
  /** What a rerun of this instance ends in (default COMPLETED): make one fail again to test FAIL jobs. */
  rerunOutcome?: "COMPLETED" | "EXPIRED";
}

const KEY = /^(\d+)_(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})$/;

/** Adds seconds to a `yyyy-MM-dd HH:mm:ss` wall-clock string (no zone involved). */
export function shiftTime(time: string, seconds: number): string {
  return new Date(Date.parse(`${time.replace(" ", "T")}Z`) + seconds * 1000)
    .toISOString()
    .slice(0, 19)
    .replace("T", " ");
}

/** The ListTaskInstances item of a detail: the fields both carry. */
export function taskInstanceItem(detail: TaskInstanceDetail): TaskInstance {
  const { JobErrorMsg: _, ...item } = detail;
  return { ...item, TaskType: detail.TaskType ?? "" };
}

/**
 * A consistent instance: a detail deterministic per InstanceKey, one execution with its phases and a log that
 * matches its state (COMPLETED ends with exit code 0, EXPIRED with an error, RUNNING has no end yet).
 */
export function buildTaskInstance(overrides: TaskInstanceDetail = {}, upstream: string[] = []): OpsInstance {
  const instanceKey = overrides.InstanceKey ?? "20250101000000000_2025-01-01 00:00:00";
  const [, taskId = "20250101000000000", runDate = "2025-01-01 00:00:00"] = KEY.exec(instanceKey) ?? [];
  const state = overrides.InstanceState ?? "COMPLETED";
  const start = shiftTime(runDate, 60);
  const end = state === "RUNNING" || state.startsWith("WAIT") ? null : shiftTime(start, 42);
  const detail: TaskInstanceDetail = {
    ProjectId: "1460947878944567296",
    InstanceKey: instanceKey,
    FolderId: "a1eb11e9-6f1a-11ed-8909-bc97e105ba60",
    FolderName: "mock_folder",
    WorkflowId: "1f0911b9-032e-4e4f-a564-69e4b871d7e2",
    WorkflowName: "mock_workflow",
    TaskId: taskId,
    TaskName: `mock_task_${taskId.slice(-6)}`,
    TaskTypeId: 35,
    TaskType: "Shell",
    CycleType: "DAY_CYCLE",
    CurRunDate: runDate,
    InstanceState: state,
    InstanceType: 1,
    OwnerUinList: ["100039182306"],
    TotalRunNum: 1,
    TryLimit: 5,
    Tries: 1,
    CostTime: end ? 42_000 : null,
    StartTime: state.startsWith("WAIT") ? null : start,
    EndTime: end,
    SchedulerTime: runDate,
    LastUpdateTime: end ?? start,
    ExecutorGroupId: "20240222212719833743",
    ExecutorGroupName: "mock_group",
    JobErrorMsg: state === "EXPIRED" ? "The task exited with code 1" : "",
    ...overrides,
  };
  const lines = [`${start} [INFO] task ${detail.TaskName} started`, `${start} [INFO] running shell script`];
  if (state === "EXPIRED") lines.push(`${end} [ERROR] command failed: exit status 1`);
  else if (end) lines.push(`${end} [INFO] exit code 0`);
  const phases = [
    { DetailState: "WAIT_UPSTREAM", StartTime: runDate, EndTime: shiftTime(runDate, 30) },
    { DetailState: "WAIT_RUN", StartTime: shiftTime(runDate, 30), EndTime: start },
    { DetailState: "RUNNING", StartTime: start, EndTime: end },
    ...(end
      ? [{ DetailState: state === "EXPIRED" ? "EXPIRED" : "COMPLETE", StartTime: end, EndTime: null }]
      : []),
  ];
  const execution: InstanceExecution = {
    InstanceKey: instanceKey,
    LifeRoundNum: 0,
    InstanceState: state,
    RunType: "PERIODIC",
    Tries: 1,
    ExecutionPhaseList: phases,
    CostTime: detail.CostTime,
  };
  return { detail, upstream, executions: [execution], logs: [lines] };
}

/**
 * The default dataset: the documented instance, its failed (EXPIRED) upstream and a running downstream, in
 * one workflow, plus two instances of another task. The failed one is there to rerun.
 */
export function defaultOpsInstances(): OpsInstance[] {
  const documented = structuredClone(examples.GetTaskInstance.response.Response.Data) as TaskInstanceDetail;
  const key = documented.InstanceKey as string;
  const upstreamKey = "20250714200100001_2025-10-01 00:00:00";
  const downstreamKey = "20250714200300003_2025-10-01 00:00:00";
  const shared = {
    ProjectId: documented.ProjectId,
    WorkflowId: documented.WorkflowId,
    WorkflowName: documented.WorkflowName,
    FolderId: documented.FolderId,
    FolderName: documented.FolderName,
  };
  const main = buildTaskInstance(documented, [upstreamKey]);
  main.detail = documented;
  return [
    main,
    buildTaskInstance({
      ...shared,
      InstanceKey: upstreamKey,
      TaskName: "ods_orders_daily",
      InstanceState: "EXPIRED",
      Tries: 5,
    }),
    buildTaskInstance(
      { ...shared, InstanceKey: downstreamKey, TaskName: "ads_report_daily", InstanceState: "RUNNING" },
      [key],
    ),
    buildTaskInstance({
      ...shared,
      InstanceKey: "20250801090000004_2025-10-01 00:00:00",
      TaskName: "dwd_user_hourly",
      CycleType: "HOUR_CYCLE",
    }),
    buildTaskInstance({
      ...shared,
      InstanceKey: "20250801090000004_2025-10-01 01:00:00",
      TaskName: "dwd_user_hourly",
      CycleType: "HOUR_CYCLE",
      InstanceState: "WAIT_UPSTREAM",
    }),
    // The instance that Tencent's published examples of kill, set-success and upstream name, in their project.
    buildTaskInstance({
      ProjectId: "2428908825624145920",
      InstanceKey: "20250828163920570_2025-08-28 16:40:00",
      TaskName: "published_example_task",
      CycleType: "MINUTE_CYCLE",
      InstanceState: "RUNNING",
    }),
  ];
}

/**
 * The instances the example requests name (their InstanceKey or InstanceKeyList, in their ProjectId), as
 * `"<ProjectId> <InstanceKey>"`: the mocks make each a completed run when it is first named, so every published
 * example succeeds against the default mocks while the default dataset lists what it always listed.
 */
export function instancesNamedByExamples(): ReadonlySet<string> {
  const named = new Set<string>();
  for (const { request } of Object.values(examples) as unknown as Array<{
    request?: Record<string, unknown>;
  }>) {
    const project = request?.ProjectId;
    if (typeof project !== "string") continue;
    const keys = [
      request?.InstanceKey,
      ...(Array.isArray(request?.InstanceKeyList) ? request.InstanceKeyList : []),
    ];
    for (const key of keys) if (typeof key === "string" && KEY.test(key)) named.add(`${project} ${key}`);
  }
  return named;
}
