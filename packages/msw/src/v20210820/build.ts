import type { InstanceDetailVO } from "@wedata-openapi/schema";

const KEY = /^(\d+)_(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})$/;

/** Adds seconds to a `yyyy-MM-dd HH:mm:ss` wall-clock string (no zone involved). */
function shift(time: string, seconds: number): string {
  const [date = "", clock = ""] = time.split(" ");
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi, s] = clock.split(":").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) + seconds * 1000)
    .toISOString()
    .slice(0, 19)
    .replace("T", " ");
}

/** A stable number from a string, so generated names and IDs never change between runs. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * A valid InstanceDetailVO with deterministic data: the same InstanceKey always gives the same instance.
 * By default a succeeded minute-cycle Shell task with the four lifecycle phases (newest first, as the API
 * lists them). `overrides` replace top-level fields.
 */
export function buildInstanceDetail(overrides: InstanceDetailVO = {}): InstanceDetailVO {
  const instanceKey = overrides.InstanceKey ?? "20250101000000000_2025-01-01 00:00:00";
  const match = KEY.exec(instanceKey);
  const taskId = match?.[1] ?? "20250101000000000";
  const runDate = match?.[2] ?? "2025-01-01 00:00:00";
  const projectId = overrides.ProjectId ?? "1460947878944567296";
  const n = hash(instanceKey);
  const start = shift(runDate, 60 + (n % 600));
  const running = shift(start, 30 + (n % 90));
  const finished = shift(running, 5 + (n % 300));
  const state = overrides.InstanceState ?? 2;
  const detail: InstanceDetailVO = {
    InstanceKey: instanceKey,
    ProjectId: projectId,
    FolderId: `folder-${(n % 10_000).toString().padStart(4, "0")}`,
    FolderName: "mock_folder",
    WorkflowId: `workflow-${(n >>> 8).toString(16)}`,
    WorkflowName: "mock_workflow",
    InChargeList: ["mock_owner"],
    TaskId: taskId,
    TaskName: `mock_task_${taskId.slice(-6)}`,
    TaskCycleType: "D",
    TaskType: { TypeDesc: "Shell", TypeId: 35, TypeSort: "数据计算" },
    ExecutorGroupId: "20240222212719833743",
    ExecutorGroupName: "mock_group",
    CurRunDate: runDate,
    NextCurDate: shift(runDate, 86_400),
    TryLimit: 5,
    Tries: 1,
    TotalRunNum: 1,
    LifeRoundNum: 0,
    InstanceType: 1,
    InstanceState: state,
    SchedulerTime: runDate,
    StartTime: running,
    EndTime: finished,
    CostTime: `00:${String(Math.floor((5 + (n % 300)) / 60)).padStart(2, "0")}:${String((5 + (n % 300)) % 60).padStart(2, "0")}.000`,
    InstanceRunType: "PERIODIC",
    ExecutionJobId: String(6820250328000000000n + BigInt(n)),
    InstanceLifeCycleList: [
      {
        InstanceKey: instanceKey,
        InstanceState: state,
        LifeRoundNum: 0,
        RunType: "PERIODIC",
        Tries: 0,
        LifeCycleDetailList: [
          { DetailState: "COMPLETE", StartTime: finished, EndTime: null, State: null },
          { DetailState: "RUNNING", StartTime: running, EndTime: finished, State: null },
          { DetailState: "WAIT_RUN", StartTime: start, EndTime: running, State: null },
          { DetailState: "WAIT_UPSTREAM", StartTime: runDate, EndTime: start, State: null },
        ],
        CodeFileName: null,
        ExecutionJobId: String(6820250328000000000n + BigInt(n)),
        BrokerIp: "ins-mock0001",
        OriginFileName: null,
        LogType: "run",
        CostTime: null,
      },
    ],
    LatestLog: {
      InstanceKey: instanceKey,
      ProjectId: projectId,
      InstanceState: state,
      RunType: "PERIODIC",
      StartTime: running,
      EndTime: finished,
      CodeInfo: "echo mock run;",
      CodeFileSize: "1 KB",
      BrokerIp: "ins-mock0001",
      LogInfo: `${running} start\n${running} echo mock run\n${finished} mock run\n${finished} exit code 0`,
      LogFileSize: "1 KB",
      LineCount: 4,
      ExtInfo: null,
      IsEnd: true,
    },
  };
  return { ...detail, ...overrides };
}
