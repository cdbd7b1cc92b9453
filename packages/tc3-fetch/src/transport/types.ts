/** One HTTP exchange as the resilient fetch needs it: a fully read body, no streams. */
export interface TransportRequest {
  url: string;
  method: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string | Uint8Array | null;
  /** The caller's signal: rejects with its reason when aborted. */
  signal: AbortSignal | undefined;
  /** Give up after this long (ms; 0 = never), rejecting with a TimeoutError. */
  timeoutMs: number;
  /** Stop reading a reply larger than this many bytes (0 = no limit), rejecting with a ReplyTooLargeError. */
  maxReplyBytes?: number | undefined;
}

/**
 * What a transport rejects with when a reply is larger than `maxReplyBytes`: reading stopped there and the
 * connection was closed, so the reply's size never reached memory. The exchange reports it as a
 * TencentCloudNetworkError (no usable answer; not retryable; a write's outcome unknown) whose cause this is.
 */
export class ReplyTooLargeError extends Error {
  override name = "ReplyTooLargeError";
  constructor(
    readonly status: number,
    readonly limit: number,
  ) {
    super(`the reply (HTTP ${status}) is larger than maxReplyBytes (${limit} bytes); reading stopped`);
  }
}

/** What a transport rejects with when `timeoutMs` runs out (the name AbortSignal.timeout uses too). */
export class TimeoutError extends Error {
  override name = "TimeoutError";
}

export interface TransportResponse {
  status: number;
  statusText: string;
  /** A Headers object, or name/value pairs (cheaper: the Response built from them copies them once). */
  headers: Headers | Array<[string, string]>;
  body: string;
}

/** Sends one request. Rejects only when no answer arrived (refused, reset, timeout, abort). */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** A fetch-compatible function, as users pass it (msw, a proxy-aware fetch, a test double...). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
