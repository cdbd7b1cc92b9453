// Helpers around the task-instance operations of API 2025-08-06: paging, reading a log by its cursor, waiting
// for an instance and for an asynchronous job.
import type {
  GetOpsAsyncJobRequest,
  GetTaskInstanceLogRequest,
  GetTaskInstanceRequest,
  InstanceExecution,
  InstanceLog,
  OpsAsyncJobDetail,
  operations,
  TaskInstanceDetail,
} from "@wedata-openapi/schema-core/v20250806/client";
import { type PagedItems, paging } from "@wedata-openapi/schema-core/v20250806/paging";
import { TencentCloudError } from "@wedata-openapi/tc3-fetch";
import type { CallOptions } from "../core.js";
import { type Paginator, paginatorOf } from "../helpers/paginate.js";
import { type TimelineRound, timelinePhases } from "../helpers/timeline.js";
import { pause, pollUntil, type WaitOptions } from "../helpers/wait.js";
import type { WedataClient } from "./client.js";
import { TERMINAL_JOB_STATUSES, taskInstanceState } from "./states.js";

/**
 * Every item of a paged action of this version, page after page, by the action's generated rule (page number
 * or offset; see `paginateCall` for when it stops). Any action of `paging` (the spec's paged actions) works.
 */
export const paginate: Paginator<operations, PagedItems, WedataClient> = /* @__PURE__ */ paginatorOf<
  operations,
  PagedItems,
  WedataClient
>(paging);

export interface ReadTaskInstanceLogOptions extends CallOptions {
  /** Keep polling while the instance runs, until it reaches a terminal state. */
  follow?: boolean;
  /** With `follow`: time between polls once the log is read to its end (default 2 000 ms). */
  intervalMs?: number;
}

/**
 * The log of one run (default the latest), page after page by `NextCursor`, until a page brings no new cursor.
 * With `follow`, it then asks GetTaskInstance and keeps reading while the instance is not in a terminal state.
 */
export async function* readTaskInstanceLog(
  client: WedataClient,
  params: GetTaskInstanceLogRequest,
  options: ReadTaskInstanceLogOptions = {},
): AsyncGenerator<InstanceLog, void, undefined> {
  const intervalMs = options.intervalMs ?? 2_000;
  let cursor = params.NextCursor;
  for (;;) {
    const request: GetTaskInstanceLogRequest = { ...params };
    if (cursor) request.NextCursor = cursor;
    else delete request.NextCursor;
    const page = await client.getTaskInstanceLog(request, { signal: options.signal });
    if (page?.LogInfo) yield page;
    const next = page?.NextCursor ?? undefined;
    const moved = Boolean(next) && next !== cursor;
    if (next) cursor = next;
    if (moved && page?.LogInfo) continue;
    // The end of what there is: done, unless following a run that goes on.
    if (!options.follow) return;
    const detail = await client.getTaskInstance(
      { ProjectId: params.ProjectId, InstanceKey: params.InstanceKey },
      { signal: options.signal },
    );
    if (!detail || taskInstanceState(detail.InstanceState).terminal) {
      if (moved) continue;
      return;
    }
    const signal = options.signal ?? new AbortController().signal;
    await pause(intervalMs, signal);
    if (signal.aborted) throw signal.reason;
  }
}

/** Polls GetTaskInstance until the instance is COMPLETED, EXPIRED or SKIP_RUNNING; resolves with its detail. */
export function waitForTaskInstance(
  client: WedataClient,
  params: GetTaskInstanceRequest,
  options: WaitOptions & { onPoll?: (detail: TaskInstanceDetail | null) => void } = {},
): Promise<TaskInstanceDetail> {
  return pollUntil<TaskInstanceDetail | null>(
    {
      what: `instance ${params.InstanceKey}`,
      action: "GetTaskInstance",
      poll: (signal) => client.getTaskInstance(params, { signal }),
      done: (detail) => detail !== null && taskInstanceState(detail.InstanceState).terminal,
      describe: (detail) => (detail ? taskInstanceState(detail.InstanceState).name : "not found"),
      onPoll: options.onPoll,
    },
    options,
  ) as Promise<TaskInstanceDetail>;
}

/** An asynchronous operation ended in FAIL; `job` is its last detail (ErrorDesc, the counts). */
export class OpsAsyncJobFailedError extends TencentCloudError {
  override name = "OpsAsyncJobFailedError";
  readonly job: OpsAsyncJobDetail;
  readonly asyncId: string;
  readonly errorDesc: string | null | undefined;
  readonly totalCount: number | null | undefined;
  readonly successCount: number | null | undefined;

  constructor(job: OpsAsyncJobDetail) {
    const counts = `${job.SuccessSubProcessCount ?? "?"} of ${job.TotalSubProcessCount ?? "?"} succeeded`;
    super(
      `asynchronous job ${job.AsyncId} (${job.AsyncType ?? "operation"}) failed: ${job.ErrorDesc ?? "no reason given"} (${counts})`,
      {
        action: "GetOpsAsyncJob",
      },
    );
    this.job = job;
    this.asyncId = job.AsyncId ?? "";
    this.errorDesc = job.ErrorDesc;
    this.totalCount = job.TotalSubProcessCount;
    this.successCount = job.SuccessSubProcessCount;
  }
}

/**
 * Polls GetOpsAsyncJob until the job is in a terminal Status: SUCCESS and PART_SUCCESS resolve with the detail
 * (check the counts of a partial success), FAIL rejects with an OpsAsyncJobFailedError; INIT and RUNNING go on.
 * A WaitTimeoutError after `timeoutMs`.
 */
export async function waitForOpsAsyncJob(
  client: WedataClient,
  params: GetOpsAsyncJobRequest,
  options: WaitOptions & { onPoll?: (job: OpsAsyncJobDetail | null) => void } = {},
): Promise<OpsAsyncJobDetail> {
  const job = (await pollUntil<OpsAsyncJobDetail | null>(
    {
      what: `asynchronous job ${params.AsyncId}`,
      action: "GetOpsAsyncJob",
      poll: (signal) => client.getOpsAsyncJob(params, { signal }),
      done: (detail) => Boolean(detail?.Status && TERMINAL_JOB_STATUSES.includes(detail.Status)),
      describe: (detail) => detail?.Status ?? "not found",
      onPoll: options.onPoll,
    },
    { intervalMs: 2_000, ...options },
  )) as OpsAsyncJobDetail;
  if (job.Status === "FAIL") throw new OpsAsyncJobFailedError(job);
  return job;
}

/**
 * The phases of each execution (lifecycle round) of an instance, as ListTaskInstanceExecutions lists them, in
 * chronological order with start, end and duration; rounds in order. Times are read in `timeZone`, the one the
 * request asked for (default UTC+8).
 */
export function executionTimeline(
  executions: readonly InstanceExecution[] | null | undefined,
  timeZone = "UTC+8",
): TimelineRound<string>[] {
  return (executions ?? [])
    .map((execution, index) => ({
      round: execution.LifeRoundNum ?? index,
      instanceState: execution.InstanceState ?? null,
      runType: execution.RunType ?? null,
      tries: execution.Tries ?? null,
      phases: timelinePhases(execution.ExecutionPhaseList, timeZone),
    }))
    .sort((a, b) => a.round - b.round);
}
