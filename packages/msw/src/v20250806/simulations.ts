// What the 2025-08-06 mock does for its task-instance actions (hand-written), over one dataset and the
// operations center.
// Simulated: ListTaskInstances filters by project, keyword (task name substring or task ID, comma-separated),
// state, task type, cycle, owner, folder, workflow, resource group, instance type, scheduling, start and
// update times; sorts and pages. Logs page by NextCursor (a line offset); at the end the cursor stays where
// it is. Executions, upstream and downstream page like the service. The three writes start jobs (see
// operations.ts). Times are stored in UTC+8 and answered in the request's TimeZone (see time-zone.ts); time
// filters are read in that zone.
import type { ActionRequest, ActionResponse, TaskInstance } from "@wedata-openapi/schema/v20250806";
import { MockServiceError, type Simulation, type SimulationContext } from "../engine.js";
import { storedTime, zoned } from "../time-zone.js";
import {
  buildTaskInstance,
  instancesNamedByExamples,
  type OpsInstance,
  taskInstanceItem,
} from "./dataset.js";
import type { OpsCenter } from "./operations.js";

const LOG_PAGE_LINES = 50;
type Name = keyof import("@wedata-openapi/schema/v20250806").operations;
type Sim<A extends Name> = (
  params: ActionRequest<A>,
  context: SimulationContext,
) => Omit<ActionResponse<A>, "RequestId">;

const within = (value: string | null | undefined, from?: string, to?: string) =>
  (from === undefined || (value != null && value >= from)) &&
  (to === undefined || (value != null && value <= to));

function page<T>(items: readonly T[], pageNumber = 1, pageSize = 10) {
  const slice = items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  return {
    TotalCount: items.length,
    TotalPageNumber: Math.ceil(items.length / pageSize),
    PageNumber: pageNumber,
    PageSize: pageSize,
    Items: structuredClone(slice),
  };
}

const SORT_KEY: Record<string, keyof TaskInstance> = {
  SCHEDULE_DATE: "SchedulerTime",
  START_TIME: "StartTime",
  END_TIME: "EndTime",
  COST_TIME: "CostTime",
};

export function simulations(
  instances: OpsInstance[],
  ops: OpsCenter,
  unknownInstance: "ResourceNotFound" | "exists",
): Record<string, Simulation> {
  const lookup = (projectId: string, key: string) =>
    instances.find((i) => i.detail.InstanceKey === key && i.detail.ProjectId === projectId);
  const named = instancesNamedByExamples();
  /**
   * The instance, or one built for the key (with `exists`, or when a published example names it); undefined
   * when it is unknown.
   */
  const find = (projectId: string, key: string) => {
    const found = lookup(projectId, key);
    if (found || (unknownInstance !== "exists" && !named.has(`${projectId} ${key}`))) return found;
    const built = buildTaskInstance({ InstanceKey: key, ProjectId: projectId, InstanceState: "COMPLETED" });
    instances.push(built);
    return built;
  };
  /** The keys of a write, built first when any key exists (the operations center refuses unknown ones). */
  const present = (projectId: string, keys: readonly string[]) => {
    for (const key of keys) find(projectId, key);
    return keys;
  };
  /** Every action that names an instance answers an unknown one the same way. */
  const known = (projectId: string, key: string): OpsInstance => {
    const instance = find(projectId, key);
    if (!instance) throw new MockServiceError("ResourceNotFound", `The instance ${key} was not found.`);
    return instance;
  };
  const sims: { [A in Name]?: Sim<A> } = {
    ListTaskInstances: (p, { now }) => {
      ops.advance(now);
      const stored = (bound: string | undefined) => storedTime(bound, p.TimeZone);
      const keywords = (p.Keyword ?? "")
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean);
      const items = instances
        .map((i) => taskInstanceItem(i.detail))
        .filter(
          (item) =>
            item.ProjectId === p.ProjectId &&
            (p.InstanceState === undefined || item.InstanceState === p.InstanceState) &&
            (p.TaskTypeId === undefined || item.TaskTypeId === p.TaskTypeId) &&
            (p.CycleType === undefined || item.CycleType === p.CycleType) &&
            (p.OwnerUin === undefined || (item.OwnerUinList ?? []).includes(p.OwnerUin)) &&
            (p.FolderId === undefined || item.FolderId === p.FolderId) &&
            (p.WorkflowId === undefined || item.WorkflowId === p.WorkflowId) &&
            (p.ExecutorGroupId === undefined || item.ExecutorGroupId === p.ExecutorGroupId) &&
            (p.InstanceType === undefined || item.InstanceType === p.InstanceType) &&
            within(item.SchedulerTime, stored(p.ScheduleTimeFrom), stored(p.ScheduleTimeTo)) &&
            within(item.StartTime, stored(p.StartTimeFrom), stored(p.StartTimeTo)) &&
            within(item.LastUpdateTime, stored(p.LastUpdateTimeFrom), stored(p.LastUpdateTimeTo)) &&
            (keywords.length === 0 ||
              keywords.some((k) => item.TaskId === k || (item.TaskName ?? "").includes(k))),
        );
      const key = SORT_KEY[p.SortColumn ?? "SCHEDULE_DATE"] ?? "SchedulerTime";
      const direction = p.SortType === "DESC" ? -1 : 1;
      items.sort((a, b) => direction * String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
      return { Data: page(items, p.PageNumber, p.PageSize) };
    },
    GetTaskInstance: (p, { now }) => {
      ops.advance(now);
      return { Data: structuredClone(known(p.ProjectId, p.InstanceKey).detail) };
    },
    GetTaskInstanceLog: (p, { now }) => {
      ops.advance(now);
      const instance = known(p.ProjectId, p.InstanceKey);
      const lines = instance.logs[p.LifeRoundNum ?? instance.logs.length - 1];
      if (!lines) return { Data: null };
      const level = p.LogLevel ?? "All";
      const visible =
        level === "All" ? lines : lines.filter((line) => line.includes(`[${level.toUpperCase()}]`));
      const from = Math.min(Number(p.NextCursor ?? 0) || 0, visible.length);
      const shown = visible.slice(from, from + LOG_PAGE_LINES);
      return {
        Data: {
          InstanceKey: instance.detail.InstanceKey,
          ProjectId: instance.detail.ProjectId,
          CodeContent: "echo this is log demo;",
          LogInfo: shown.join("\n"),
          NextCursor: String(from + shown.length),
        },
      };
    },
    ListTaskInstanceExecutions: (p, { now }) => {
      ops.advance(now);
      return { Data: page(known(p.ProjectId, p.InstanceKey).executions, p.PageNumber, p.PageSize) };
    },
    ListUpstreamTaskInstances: (p, { now }) => {
      ops.advance(now);
      const keys = known(p.ProjectId, p.InstanceKey).upstream;
      const items = keys.map((k) => find(p.ProjectId, k)).filter((i): i is OpsInstance => Boolean(i));
      return {
        Data: page(
          items.map((i) => taskInstanceItem(i.detail)),
          p.PageNumber,
          p.PageSize,
        ),
      };
    },
    ListDownstreamTaskInstances: (p, { now }) => {
      ops.advance(now);
      known(p.ProjectId, p.InstanceKey);
      const items = instances.filter(
        (i) => i.detail.ProjectId === p.ProjectId && i.upstream.includes(p.InstanceKey),
      );
      return {
        Data: page(
          items.map((i) => taskInstanceItem(i.detail)),
          p.PageNumber,
          p.PageSize,
        ),
      };
    },
    RerunTaskInstancesAsync: (p, { now }) => ({
      Data: {
        AsyncId: ops.start("INSTANCE_RERUN", p.ProjectId, present(p.ProjectId, p.InstanceKeyList), now),
      },
    }),
    KillTaskInstancesAsync: (p, { now }) => ({
      Data: {
        AsyncId: ops.start("INSTANCE_KILL", p.ProjectId, present(p.ProjectId, p.InstanceKeyList), now),
      },
    }),
    SetSuccessTaskInstancesAsync: (p, { now }) => ({
      Data: {
        AsyncId: ops.start("INSTANCE_SET_SUCCESS", p.ProjectId, present(p.ProjectId, p.InstanceKeyList), now),
      },
    }),
    GetOpsAsyncJob: (p, { now }) => ({ Data: ops.job(p.AsyncId, p.ProjectId, now) }),
  };
  const all = sims as unknown as Record<string, Simulation>;
  // Every answer with instance times gives them in the request's TimeZone.
  for (const action of Object.keys(all)) if (all[action]) all[action] = zoned(all[action], "TimeZone");
  return all;
}
