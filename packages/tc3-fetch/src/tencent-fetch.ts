// openapi-fetch's `fetch` option over the signed exchange (sender.ts): reads a Request, answers a Response.
import type { RateLimiter } from "./rate-limit.js";
import {
  createExchangeWith,
  type ExchangePlatform,
  type ExchangeRequest,
  type SendRequest,
  type TencentCloudFetchOptions,
  type TencentCloudSender,
} from "./sender.js";
import { createBufferedResponse, LiteRequest } from "./transport/buffered.js";

export type { SendRequest, TencentCloudFetchOptions, TencentCloudSender } from "./sender.js";

export interface TencentCloudFetch extends TencentCloudSender {
  (input: Request | LiteRequest | string, init?: RequestInit): Promise<Response>;
  /**
   * The same exchange without a Response object: resolves to the parsed body of a successful reply (its
   * `{ Response }`). Headers are a plain object with lower-case names. For clients that only want the data.
   */
  send(request: SendRequest): Promise<unknown>;
  /** The offset (ms) added to the local clock after the server reported a skew. */
  readonly clockSkewMs: number;
  readonly rateLimiter: RateLimiter | undefined;
}

async function readRequest(
  input: Request | LiteRequest | string,
  init: RequestInit | undefined,
): Promise<ExchangeRequest> {
  if (typeof input === "string") {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body = init?.body ?? null;
    if (body !== null && typeof body !== "string" && !(body instanceof Uint8Array)) {
      throw new TypeError("the request body must be a string or a Uint8Array");
    }
    return { url: input, method: init?.method ?? "POST", headers, body, signal: init?.signal ?? undefined };
  }
  const headers: Record<string, string> = {};
  input.headers.forEach((value, name) => {
    headers[name] = value;
  });
  let body: string | Uint8Array | null;
  if (input instanceof LiteRequest) body = input.body;
  else body = input.body === null ? null : new Uint8Array(await input.arrayBuffer());
  return {
    url: input.url,
    method: input.method,
    headers,
    body,
    signal: init?.signal ?? input.signal ?? undefined,
  };
}

/**
 * A fetch for openapi-fetch's `fetch` option that makes Tencent Cloud calls safe to make at volume (see
 * sender.ts): success resolves to a Response; every failure rejects with a typed TencentCloudError.
 */
export function createTencentCloudFetchWith(
  platform: ExchangePlatform,
  options: TencentCloudFetchOptions,
): TencentCloudFetch {
  const { exchange, sender } = createExchangeWith(platform, options);
  const tencentFetch = async (
    input: Request | LiteRequest | string,
    init?: RequestInit,
  ): Promise<Response> => {
    const { response, parsed, url } = await exchange(await readRequest(input, init));
    return createBufferedResponse(response.body, {
      status: 200,
      statusText: response.statusText,
      headers: response.headers,
      url,
      parsed,
    });
  };
  Object.defineProperties(tencentFetch, {
    send: { value: sender.send, enumerable: true },
    clockSkewMs: { get: () => sender.clockSkewMs, enumerable: true },
    rateLimiter: { value: sender.rateLimiter, enumerable: true },
  });
  return tencentFetch as TencentCloudFetch;
}
