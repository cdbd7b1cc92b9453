/** One HTTP exchange as the resilient fetch needs it: a fully read body, no streams. */
export interface TransportRequest {
  url: string;
  method: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string | Uint8Array | null;
  signal: AbortSignal | undefined;
}

export interface TransportResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: string;
}

/** Sends one request. Rejects only when no answer arrived (refused, reset, timeout, abort). */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** A fetch-compatible function, as users pass it (msw, a proxy-aware fetch, a test double...). */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
