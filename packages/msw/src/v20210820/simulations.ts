// What the 2021-08-20 mock does for each action it simulates, over one dataset. What is simulated:
// - ListInstances filters by ProjectId, the data time (CurRunDate, standing in for the planned scheduling
//   time: both are UTC+8 in the dataset), states, task types, cycles, keyword (task name substring or task ID,
//   comma-separated), owners, folders, workflows, resource groups, instance type, start and last-update
//   times; sorts by SortColumn/SortType (default SCHEDULE_DATE ASC) and pages (PageNumber, PageSize).
// - GetTaskInstance serves the detail, or Data: null (or `unknownInstance`) for an unknown key.
// - GetInstanceLog serves a lifecycle round's lines: StartLineNum (or the ExtInfo cursor), at most
//   EndLineCount lines, LogLevel by the line's [LEVEL] tag, IsEnd on the last line so far.
// Times are stored in UTC+8 and answered in the request's ScheduleTimeZone (see time-zone.ts); time filters
// are read in that zone.
import type {
  ActionRequest,
  ActionResponse,
  InstanceDetailVO,
  InstanceVO,
} from "@wedata-openapi/schema/v20210820";
import { MockServiceError, type SimulationContext } from "../engine.js";
import { storedTime } from "../time-zone.js";
import type { MockInstance } from "./dataset.js";

/** Where a simulation finds instances: by key, and all of them for listing. */
export interface InstanceSource {
  find(
    params: { ProjectId: string; InstanceKey: string; ScheduleTimeZone?: string },
    context: SimulationContext,
  ): MockInstance | undefined;
  list(): readonly MockInstance[];
}

export type UnknownInstance = "null" | "ResourceNotFound" | "FailedOperation";

const within = (value: string | null | undefined, from?: string, to?: string) =>
  (from === undefined || (value != null && value >= from)) &&
  (to === undefined || (value != null && value <= to));
const anyOf = <T>(wanted: readonly T[] | undefined, value: T | null | undefined) =>
  !wanted || wanted.length === 0 || (value != null && wanted.includes(value));

const SORT_KEY: Record<string, keyof InstanceVO> = {
  SCHEDULE_DATE: "CurRunDate",
  START_TIME: "StartTime",
  END_TIME: "EndTime",
  COST_TIME: "CostTime",
};

export function listInstances(source: InstanceSource) {
  return (params: ActionRequest<"ListInstances">): ActionResponse<"ListInstances"> => {
    const keywords = (params.Keyword ?? "")
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean);
    const stored = (bound: string | undefined) => storedTime(bound, params.ScheduleTimeZone);
    const matches = (item: InstanceVO) =>
      item.ProjectId === params.ProjectId &&
      within(item.CurRunDate, stored(params.ScheduleTimeFrom), stored(params.ScheduleTimeTo)) &&
      within(item.StartTime, stored(params.StartTimeFrom), stored(params.StartTimeTo)) &&
      within(item.LastUpdateTime, stored(params.LastUpdateTimeFrom), stored(params.LastUpdateTimeTo)) &&
      (params.InstanceType === undefined || item.InstanceType === params.InstanceType) &&
      anyOf(params.InstanceStateList, item.InstanceState) &&
      anyOf(params.TaskTypeIdList, item.TaskType?.TypeId) &&
      anyOf(params.TaskCycleList, item.TaskCycleType) &&
      anyOf(params.TaskFolderIdList, item.FolderId) &&
      anyOf(params.WorkflowIdList, item.WorkflowId) &&
      anyOf(params.ExecutorGroupIdList, item.ExecutorGroupId) &&
      (!params.InChargeList?.length ||
        (item.InChargeList ?? []).some((o) => params.InChargeList?.includes(o))) &&
      (keywords.length === 0 || keywords.some((k) => item.TaskId === k || (item.TaskName ?? "").includes(k)));
    const key = SORT_KEY[params.SortColumn ?? "SCHEDULE_DATE"] ?? "CurRunDate";
    const direction = params.SortType === "DESC" ? -1 : 1;
    const all = source
      .list()
      .map((instance) => instance.item)
      .filter(matches)
      .sort((a, b) => direction * String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
    const pageNumber = params.PageNumber ?? 1;
    const pageSize = params.PageSize ?? 10;
    const items = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    return {
      Data: {
        TotalCount: all.length,
        TotalPage: Math.ceil(all.length / pageSize),
        PageNumber: pageNumber,
        PageSize: pageSize,
        PageCount: items.length,
        Items: structuredClone(items),
      },
      RequestId: "",
    };
  };
}

function notFound(unknown: UnknownInstance, key: string): null {
  if (unknown !== "null") throw new MockServiceError(unknown, `The instance ${key} was not found.`);
  return null;
}

export function getTaskInstance(source: InstanceSource, unknown: UnknownInstance) {
  return (
    params: ActionRequest<"GetTaskInstance">,
    context: SimulationContext,
  ): ActionResponse<"GetTaskInstance"> => {
    const instance = source.find(params, context);
    const ok = instance && (instance.detail.ProjectId ?? params.ProjectId) === params.ProjectId;
    return {
      Data: ok ? structuredClone(instance.detail) : notFound(unknown, params.InstanceKey),
      RequestId: "",
    };
  };
}

export function getInstanceLog(source: InstanceSource, unknown: UnknownInstance) {
  return (
    params: ActionRequest<"GetInstanceLog">,
    context: SimulationContext,
  ): ActionResponse<"GetInstanceLog"> => {
    const instance = source.find(params, context);
    const lines = instance?.logs[params.LifeRoundNum];
    if (!instance || !lines || instance.detail.ProjectId !== params.ProjectId) {
      return { Data: notFound(unknown, params.InstanceKey), RequestId: "" };
    }
    const level = params.LogLevel ?? "All";
    const visible =
      level === "All" ? lines : lines.filter((line) => line.includes(`[${level.toUpperCase()}]`));
    const start = Math.max(1, params.StartLineNum ?? (params.ExtInfo ? Number(params.ExtInfo) || 1 : 1));
    const page = visible.slice(start - 1, start - 1 + (params.EndLineCount ?? 10_000));
    const detail: InstanceDetailVO = instance.detail;
    const round = detail.InstanceLifeCycleList?.find((r) => r.LifeRoundNum === params.LifeRoundNum);
    const latest = params.LifeRoundNum === (detail.LifeRoundNum ?? 0);
    return {
      Data: {
        InstanceKey: detail.InstanceKey,
        ProjectId: detail.ProjectId,
        InstanceState: latest ? detail.InstanceState : (round?.InstanceState ?? detail.InstanceState),
        RunType: round?.RunType ?? detail.InstanceRunType,
        StartTime: detail.LatestLog?.StartTime ?? detail.StartTime,
        EndTime: latest ? detail.EndTime : detail.LatestLog?.EndTime,
        CodeInfo: detail.LatestLog?.CodeInfo ?? null,
        CodeFileSize: detail.LatestLog?.CodeFileSize ?? null,
        BrokerIp: round?.BrokerIp ?? detail.LatestLog?.BrokerIp ?? null,
        LogInfo: page.join("\n"),
        LogFileSize: `${Math.max(1, Math.ceil(lines.join("\n").length / 1024))} KB`,
        LineCount: page.length,
        ExtInfo: String(start + page.length),
        IsEnd: start - 1 + page.length >= visible.length,
      },
      RequestId: "",
    };
  };
}
