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
