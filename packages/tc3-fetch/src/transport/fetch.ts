import type { FetchLike, Transport } from "./types.js";

/** A transport over a fetch function, looked up on every call so msw or a polyfill installed later is used. */
export function fetchTransport(getFetch: () => FetchLike): Transport {
  return async (request) => {
    const timeout = request.timeoutMs > 0 ? AbortSignal.timeout(request.timeoutMs) : undefined;
    const signal =
      timeout && request.signal ? AbortSignal.any([request.signal, timeout]) : (timeout ?? request.signal);
    const response = await getFetch()(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body as BodyInit | null,
      signal: signal ?? null,
    });
    const body = await response.text();
    return { status: response.status, statusText: response.statusText, headers: response.headers, body };
  };
}

/** The global fetch at call time (never captured at creation: msw may replace it after clients exist). */
export const globalFetchTransport: Transport = fetchTransport(() => {
  if (typeof globalThis.fetch !== "function") {
    throw new TypeError("globalThis.fetch is not available; pass a fetch implementation in the options");
  }
  return globalThis.fetch as FetchLike;
});
