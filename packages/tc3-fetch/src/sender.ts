// The signed exchange: rate limit, TC3 signature, timeout, retries, typed errors. Knows no fetch API; the
// fetch wrapper (tencent-fetch.ts) and the data-only sender are built on it.
import { type CredentialsSource, toProvider } from "./credentials.js";
import {
  isRetryableCode,
  redact,
  TencentCloudApiError,
  TencentCloudError,
  TencentCloudHttpError,
  TencentCloudNetworkError,
} from "./errors.js";
import type { LimiterOf, RateLimiter, RateLimitOptions, RateLimitSlot } from "./rate-limit.js";
import { classify, headerValue, type Success } from "./reply.js";
import { backoffDelay, createRetryBudget, type RetryOptions, retryPolicy, sleep } from "./retry.js";
import type { SenderSigner } from "./sign.js";
import type { DescribeFailure } from "./transport/failure.js";
import type { FetchLike, Transport, TransportResponse } from "./transport/types.js";

export interface TencentCloudFetchOptions {
  /** Keys, or an async provider called before every attempt (rotation and refresh just work). */
  credentials: CredentialsSource;
  /** The credential scope's service, e.g. `wedata`; never derived from the endpoint. */
  service: string;
  /** Default `X-TC-Region` when the request carries none. */
  region?: string | undefined;
  /** Default `X-TC-Language` when the request carries none. */
  language?: string | undefined;
  /** Per attempt, in ms (default 60 000). `0` disables the timeout. */
  timeoutMs?: number | undefined;
  /**
   * The largest reply read, in bytes (default 32 MiB, far above any WeData answer); a larger one fails the
   * call with TencentCloudReplyTooLargeError, reading stopped. `0` disables the limit.
   */
  maxReplyBytes?: number | undefined;
  /** Retries of transient failures (default 3 attempts); `false` disables. */
  retry?: RetryOptions | false | undefined;
  /**
   * The rate limit, counted per action as the service counts it (see rate-limit.ts for the rule): options, or a
   * limiter shared with other clients; `false` disables.
   */
  rateLimit?: RateLimitOptions | RateLimiter | false | undefined;
  /** Each action's own limit (requests per second), used unless the limiter fixes one; default 20. */
  actionRateLimits?: Readonly<Record<string, number>> | undefined;
  /**
   * Actions that change state (`false`): retried only when the service provably did not process them (the
   * connection failed before anything was written, or `RequestLimitExceeded*`); after a timeout, a reset or a
   * 5xx they fail with `outcomeUnknown`. Actions not listed are treated as idempotent.
   */
  idempotentActions?: Readonly<Record<string, boolean>> | undefined;
  /** Node: the proxy URL, or `false` for none; default HTTPS_PROXY/HTTP_PROXY/ALL_PROXY/NO_PROXY. Browsers use the system's. */
  proxy?: string | false | undefined;
  /** Node: certificates (PEM) to trust besides the system's. */
  ca?: string | readonly string[] | undefined;
  /** A fetch to send through instead of the platform's default transport. */
  fetch?: FetchLike | undefined;
  /** Wall clock in ms (default Date.now): the base of X-TC-Timestamp. */
  now?: (() => number) | undefined;
  /** Headers to sign (default `["content-type", "host"]`). */
  signedHeaders?: readonly string[] | undefined;
}

/**
 * The signed exchange without any fetch API: `send` resolves to the parsed body of a successful reply. What a
 * client that only wants the data needs (no Request or Response objects, nothing of openapi-fetch's contract).
 */
export interface TencentCloudSender {
  /**
   * Resolves to the parsed body of a successful reply (its `{ Response }`). Headers are a plain object with
   * lower-case names.
   */
  send(request: SendRequest): Promise<unknown>;
  /** The offset (ms) added to the local clock after the server reported a skew. */
  readonly clockSkewMs: number;
  readonly rateLimiter: RateLimiter | undefined;
}

/** What `send` takes: a POST of a serialized body. */
export interface SendRequest {
  url: string;
  /** Lower-case names; `x-tc-action` and `x-tc-version` are required. */
  headers: Record<string, string>;
  body: string;
  signal?: AbortSignal | undefined;
}

/**
 * What an exchange is made of on one runtime: how it signs, sends (by default, and over a fetch the caller
 * passes), reads a transport's failure, and makes its limiter. Each entry names its own, so a bundle carries
 * only the parts its runtime uses.
 */
export interface ExchangePlatform {
  signer: SenderSigner;
  transport: Transport;
  overFetch: (fetch: FetchLike) => Transport;
  failureOf: DescribeFailure;
  limiterOf: LimiterOf;
}

/** One request as the exchange sees it (the fetch wrapper reads it from a Request). */
export interface ExchangeRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | Uint8Array | null;
  signal: AbortSignal | undefined;
}

const MAX_REPLY_BYTES = 32 * 1024 * 1024;

function isAbort(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

/**
 * Makes Tencent Cloud calls safe to make at volume: every attempt waits for the rate limiter, is signed afresh
 * (TC3), gets its own timeout, and transient failures are retried with full-jitter backoff. Success resolves to
 * the reply, read and parsed; every failure rejects with a typed TencentCloudError carrying `attempts`.
 */
export function createExchangeWith(
  platform: ExchangePlatform,
  options: TencentCloudFetchOptions,
): { exchange(request: ExchangeRequest): Promise<Success>; sender: TencentCloudSender } {
  const { signer, failureOf } = platform;
  if (typeof options !== "object" || options === null) throw new TypeError("options must be an object");
  if (typeof options.service !== "string" || options.service === "") {
    throw new TypeError("service must be a non-empty string");
  }
  const credentials = toProvider(options.credentials);
  const policy = retryPolicy(options.retry);
  const budget = createRetryBudget(policy.budget);
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (!(timeoutMs >= 0)) throw new TypeError("timeoutMs must be a non-negative number");
  const maxReplyBytes = options.maxReplyBytes ?? MAX_REPLY_BYTES;
  if (!(maxReplyBytes >= 0)) throw new TypeError("maxReplyBytes must be a number of bytes");
  const limiter = platform.limiterOf(options.rateLimit);
  const transport = options.fetch ? platform.overFetch(options.fetch) : platform.transport;
  const now = options.now ?? Date.now;
  let clockSkewMs = 0;
  // A client sends to one endpoint: remember the last URL's host rather than parse it on every call.
  let lastUrl = "";
  let lastHost = "";
  const hostOf = (url: string) => {
    if (url !== lastUrl) {
      lastHost = new URL(url).hostname;
      lastUrl = url;
    }
    return lastHost;
  };

  /** One call, every attempt included: resolves to the successful reply, read and parsed. */
  const exchange = async (request: ExchangeRequest): Promise<Success> => {
    const action = request.headers["x-tc-action"];
    if (!action) throw new TypeError("the request has no X-TC-Action header");
    const { signal } = request;
    const host = hostOf(request.url);
    const region = request.headers["x-tc-region"] ?? options.region;
    const language = request.headers["x-tc-language"] ?? options.language;
    const version = request.headers["x-tc-version"];
    if (!version) throw new TypeError("the request has no X-TC-Version header");
    const contentType = request.headers["content-type"] ?? "application/json";
    const payload = request.body ?? "";
    const aborted = (attempts: number, cause: unknown) =>
      new TencentCloudNetworkError(`${action}: aborted by the caller`, {
        action,
        attempts,
        aborted: true,
        cause,
      });

    let skewRetried = false;
    let retries = 0;
    const idempotent = options.idempotentActions?.[action] ?? true;
    for (let attempt = 1; ; attempt++) {
      const keys = await credentials();
      let slot: RateLimitSlot | undefined;
      if (limiter) {
        try {
          // Limiters written for the first release resolve to nothing: they count starts only.
          slot = (await limiter.acquire(signal, {
            key: action,
            requestsPerSecond: options.actionRateLimits?.[action],
            account: keys.secretId,
            region,
            timeoutMs,
          })) as RateLimitSlot | undefined;
        } catch (reason) {
          // A shared limiter that fails (its store is gone) fails the call with its own typed error.
          throw reason instanceof TencentCloudError && !isAbort(signal)
            ? reason
            : aborted(attempt - 1, reason);
        }
      }
      const signed = await signer.sign({
        secretId: keys.secretId,
        secretKey: keys.secretKey,
        sessionToken: keys.sessionToken,
        timestamp: Math.floor((now() + clockSkewMs) / 1000),
        service: options.service,
        host,
        action,
        version,
        region,
        language,
        contentType,
        payload,
        method: request.method === "GET" ? "GET" : "POST",
        signedHeaders: options.signedHeaders,
      });
      const headers = { ...request.headers };
      for (const name in signed.headers) headers[name.toLowerCase()] = signed.headers[name]!;
      const secrets = [keys.secretKey, keys.sessionToken, signed.authorization, signed.signature];

      let error: TencentCloudError;
      try {
        let response: TransportResponse;
        try {
          response = await transport({
            url: request.url,
            method: request.method,
            headers,
            body: request.body,
            signal,
            timeoutMs,
            maxReplyBytes,
          });
        } finally {
          // The answer (or the failure) is seen: the permit's window starts now.
          slot?.release();
        }
        const outcome = classify(response, action, attempt, secrets, request.url);
        if (!("error" in outcome)) {
          budget.refill();
          return outcome;
        }
        error = outcome.error;
        if (
          error instanceof TencentCloudApiError &&
          error.code === "AuthFailure.SignatureExpire" &&
          !skewRetried
        ) {
          // The server's Date says how far off our clock is; keep the offset for later calls of this client.
          const serverTime = Date.parse(headerValue(response.headers, "date") ?? "");
          if (!Number.isNaN(serverTime)) {
            clockSkewMs = serverTime - now();
            skewRetried = true;
            continue;
          }
        }
      } catch (cause) {
        if (isAbort(signal)) throw aborted(attempt, cause);
        const timedOut = (cause as { name?: unknown } | null)?.name === "TimeoutError";
        const failure = failureOf(cause);
        error = new TencentCloudNetworkError(
          failure.proxy === undefined
            ? `${action}: no answer from ${host}: ${redact(timedOut ? `timed out after ${timeoutMs} ms` : failure.reason, secrets)}`
            : `${action}: ${failure.reason}`,
          {
            action,
            attempts: attempt,
            timeout: timedOut,
            notSent: !timedOut && failure.notSent,
            retryable: failure.retryable,
            proxy: failure.proxy,
            cause,
          },
        );
      }
      unknownIfWrite(error, idempotent);
      if (!error.retryable || retries + 1 >= policy.maxAttempts) throw error;
      // Under an outage most attempts fail: the budget stops retries from multiplying the load.
      if (!budget.spend(error instanceof TencentCloudNetworkError && error.timeout)) throw error;
      retries++;
      const throttled =
        (error instanceof TencentCloudApiError && error.code.startsWith("RequestLimitExceeded")) ||
        (error instanceof TencentCloudHttpError && error.status === 429);
      try {
        await sleep(backoffDelay(policy, retries, Math.random, throttled), signal);
      } catch (reason) {
        throw aborted(attempt, reason);
      }
    }
  };

  const sender: TencentCloudSender = {
    send: async (request: SendRequest): Promise<unknown> =>
      (await exchange({ method: "POST", signal: undefined, ...request })).parsed,
    get clockSkewMs() {
      return clockSkewMs;
    },
    get rateLimiter() {
      return limiter;
    },
  };
  return { exchange, sender };
}

/** The signed exchange for clients that want only the data (see TencentCloudSender). */
export function createTencentCloudSenderWith(
  platform: ExchangePlatform,
  options: TencentCloudFetchOptions,
): TencentCloudSender {
  return createExchangeWith(platform, options).sender;
}

/**
 * A write the service may have processed is never sent twice: unless the failure proves it unprocessed, it is
 * marked `outcomeUnknown` (and so not `retryable`, for the caller's own retries too). An API error says what
 * happened, except a transient one (`InternalError`...), which may come after the work was done.
 */
function unknownIfWrite(error: TencentCloudError, idempotent: boolean): TencentCloudError {
  if (idempotent || rejectedUnprocessed(error)) return error;
  error.retryable = false;
  if (!(error instanceof TencentCloudApiError) || isRetryableCode(error.code)) {
    error.outcomeUnknown = true;
    error.message +=
      " (the request was sent and may have been processed: its outcome is unknown; not retried)";
  }
  return error;
}

/** The service provably did not process the request: it never left, or the service refused it for the rate. */
function rejectedUnprocessed(error: TencentCloudError): boolean {
  if (error instanceof TencentCloudNetworkError) return error.notSent;
  return error instanceof TencentCloudApiError && error.code.startsWith("RequestLimitExceeded");
}

export type { Success } from "./reply.js";
