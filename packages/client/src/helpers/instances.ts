// Helpers around the instance actions of API 2021-08-20: paging ListInstances, reading a run's log, waiting
// for an instance to finish.
import type {
  GetInstanceLogRequest,
  GetTaskInstanceRequest,
  GetTaskInstanceResponse,
  InstanceDetailVO,
  InstanceLogVO,
  operations,
} from "@wedata-openapi/schema-core/v20210820/client";
import { type PagedItems, paging } from "@wedata-openapi/schema-core/v20210820/paging";
import type { WedataClient } from "../client.js";
import type { CallOptions } from "../core.js";
import { type Paginator, paginatorOf } from "./paginate.js";
import { instanceState } from "./state.js";
import { pause, pollUntil, type WaitOptions } from "./wait.js";

/**
 * Every item of a paged action of this version, page after page, by the action's generated rule (page number
 * or offset; see `paginateCall` for when it stops). Any action of `paging` (the spec's paged actions) works.
 */
export const paginate: Paginator<operations, PagedItems, WedataClient> = /* @__PURE__ */ paginatorOf<
  operations,
  PagedItems,
  WedataClient
>(paging);

export interface ReadLogOptions extends CallOptions {
  /** Lines per request (default 1 000; the service's maximum is 10 000). */
  pageLines?: number;
  /** Keep polling while the instance runs, until it reaches a terminal state. */
  follow?: boolean;
  /** With `follow`: time between polls once the log is read to its end (default 2 000 ms). */
  intervalMs?: number;
}

/**
 * The log of one run, chunk after chunk (each an InstanceLogVO with `LogInfo` lines), by StartLineNum and
 * EndLineCount until `IsEnd`. With `follow`, it keeps polling for new lines while the log's InstanceState is
 * not terminal. An empty page that is not the end never spins: it waits (`follow`) or stops.
 */
export async function* readInstanceLog(
  client: WedataClient,
  params: GetInstanceLogRequest,
  options: ReadLogOptions = {},
): AsyncGenerator<InstanceLogVO, void, undefined> {
  const pageLines = options.pageLines ?? 1_000;
  const intervalMs = options.intervalMs ?? 2_000;
  let start = params.StartLineNum ?? 1;
  let extInfo = params.ExtInfo;
  for (;;) {
    const request: GetInstanceLogRequest = { ...params, StartLineNum: start, EndLineCount: pageLines };
    if (extInfo) request.ExtInfo = extInfo;
    else delete request.ExtInfo;
    const chunk = await client.getInstanceLog(request, { signal: options.signal });
    if (!chunk) return;
    const lines = chunk.LineCount ?? 0;
    if (lines > 0) yield chunk;
    start += lines;
    if (chunk.ExtInfo) extInfo = chunk.ExtInfo;
    const atEnd = chunk.IsEnd === true || lines === 0;
    if (!atEnd) continue;
    if (!options.follow || instanceState(chunk.InstanceState).terminal) return;
    const signal = options.signal ?? new AbortController().signal;
    await pause(intervalMs, signal);
    if (signal.aborted) throw signal.reason;
  }
}

export interface WaitForInstanceOptions extends WaitOptions {
  /** Called with every polled detail and its whole response (for progress, and the RequestId). */
  onPoll?: (detail: InstanceDetailVO | null, response: GetTaskInstanceResponse) => void;
}

/**
 * Polls GetTaskInstance until the instance reaches a terminal state (succeeded, failed or skipped) and
 * resolves with its detail; check `instanceState(detail.InstanceState)` for which. Rejects with a
 * WaitTimeoutError after `timeoutMs`, with the caller's abort reason on abort, and with a service error as is.
 */
export function waitForTaskInstance(
  client: WedataClient,
  params: GetTaskInstanceRequest,
  options: WaitForInstanceOptions = {},
): Promise<InstanceDetailVO> {
  const onPoll = options.onPoll;
  return pollUntil<GetTaskInstanceResponse>(
    {
      what: `instance ${params.InstanceKey}`,
      action: "GetTaskInstance",
      poll: (signal) => client.call("GetTaskInstance", params, { signal }),
      done: (response) => Boolean(response.Data) && instanceState(response.Data?.InstanceState).terminal,
      describe: (response) =>
        response?.Data ? instanceState(response.Data.InstanceState).name : "not found",
      onPoll: onPoll && ((response) => onPoll(response.Data ?? null, response)),
    },
    options,
  ).then((response) => response.Data as InstanceDetailVO);
}
