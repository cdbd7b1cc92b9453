import type {
  GetTaskInstanceRequest,
  GetTaskInstanceResponse,
  InstanceDetailVO,
} from "@wedata-openapi/schema-core/v20210820/client";
import {
  RequestValidationError,
  type TencentCloudError,
  TencentCloudNetworkError,
} from "@wedata-openapi/tc3-fetch";

export interface BatchParams {
  ProjectId: string;
  InstanceKeys: readonly string[];
  ScheduleTimeZone?: string;
}

export interface BatchProgress {
  done: number;
  total: number;
  failed: number;
}

export interface BatchOptions {
  /** Calls in flight at once (default 8); the client's rate limit still applies on top. */
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
}

export type BatchResult =
  | { instanceKey: string; ok: true; data: InstanceDetailVO | null; requestId: string }
  | { instanceKey: string; ok: false; error: TencentCloudError };

type Call = (
  params: GetTaskInstanceRequest,
  options: { signal?: AbortSignal },
) => Promise<GetTaskInstanceResponse>;

export async function runBatch(
  call: Call,
  params: BatchParams,
  options: BatchOptions = {},
): Promise<BatchResult[]> {
  if (typeof params !== "object" || params === null) {
    throw new RequestValidationError("(body)", "type", "GetTaskInstance batch: params must be an object");
  }
  if (!Array.isArray(params.InstanceKeys)) {
    throw new RequestValidationError(
      "InstanceKeys",
      "type",
      "GetTaskInstance batch: InstanceKeys must be an array of strings",
    );
  }
  const concurrency = options.concurrency ?? 8;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError("getTaskInstances: concurrency must be a positive integer");
  }
  const keys = params.InstanceKeys;
  const results: BatchResult[] = new Array(keys.length);
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (next < keys.length) {
      const index = next++;
      const instanceKey = keys[index] as string;
      const request: GetTaskInstanceRequest = { ProjectId: params.ProjectId, InstanceKey: instanceKey };
      if (params.ScheduleTimeZone !== undefined) request.ScheduleTimeZone = params.ScheduleTimeZone;
      try {
        if (options.signal?.aborted) throw options.signal.reason;
        const response = await call(request, { signal: options.signal });
        results[index] = {
          instanceKey,
          ok: true,
          data: response.Data ?? null,
          requestId: response.RequestId,
        };
      } catch (error) {
        failed++;
        const typed =
          error instanceof Error && "attempts" in error
            ? (error as TencentCloudError)
            : new TencentCloudNetworkError("GetTaskInstance: aborted by the caller", {
                action: "GetTaskInstance",
                aborted: true,
                attempts: 0,
                cause: error,
              });
        results[index] = { instanceKey, ok: false, error: typed };
      }
      done++;
      options.onProgress?.({ done, total: keys.length, failed });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, keys.length) }, worker));
  return results;
}
