import { type FetchLike, ReplyTooLargeError, type Transport } from "./types.js";

/** How a fetch transport reads a reply's body: its text (rejecting with ReplyTooLargeError past `limit`). */
export type ReadBody = (response: Response, limit: number) => Promise<string>;

/** Browsers' and edge runtimes': the runtime reads the body (a tab's memory is the browser's to bound). */
export const readAll: ReadBody = (response) => response.text();

/**
 * Node's: reading stops at `limit` bytes, whatever the reply declares, and the rest is cancelled where it
 * stands, so its size never reaches the process's memory.
 */
export const readLimited: ReadBody = async (response, limit) => {
  if (!limit || !response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (let size = 0; ; ) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw new ReplyTooLargeError(response.status, limit);
    }
    text += decoder.decode(value, { stream: true });
  }
};

/** A transport over a fetch function, looked up on every call so msw or a polyfill installed later is used. */
export function fetchTransport(getFetch: () => FetchLike, read: ReadBody = readAll): Transport {
  return async (request) => {
    const timeout = request.timeoutMs > 0 ? AbortSignal.timeout(request.timeoutMs) : undefined;
    const signal =
      timeout && request.signal ? AbortSignal.any([request.signal, timeout]) : (timeout ?? request.signal);
    const response = await getFetch()(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body as BodyInit | null,
      signal: signal ?? null,
      // The API never redirects: a 3xx is handed back as it is (the exchange refuses it), never followed with
      // the signed body and the token to wherever it points.
      redirect: "manual",
    });
    const body = await read(response, request.maxReplyBytes ?? 0);
    // (A browser hides a manual redirect behind an opaque reply of status 0, which the exchange refuses too.)
    return { status: response.status, statusText: response.statusText, headers: response.headers, body };
  };
}

/** The global fetch at call time (never captured at creation: msw may replace it after clients exist). */
export const globalFetch = (): FetchLike => {
  if (typeof globalThis.fetch !== "function") {
    throw new TypeError("globalThis.fetch is not available: pass `fetch` in the options");
  }
  return globalThis.fetch as FetchLike;
};

export const globalFetchTransport: Transport = fetchTransport(globalFetch);
