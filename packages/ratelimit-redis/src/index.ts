import { createHash } from "node:crypto";
import {
  createRateLimiter,
  isRateLimit,
  leaseFor,
  MAX_REQUESTS_PER_SECOND,
  type RateLimiter,
  type RateLimitScope,
  type RateLimitSlot,
  redact,
  redactUrl,
  TencentCloudError,
  urlSecrets,
} from "@wedata-openapi/tc3-fetch";
import { Redis, type RedisOptions } from "ioredis";
import { ACQUIRE, RELEASE } from "./scripts.js";

export interface RedisRateLimiterOptions {
  /** A connected ioredis client to use (not closed by `close()`), or `url` to make one. */
  redis?: Redis;
  /** `redis://[:password@]host:port[/db]` (or `rediss://`). */
  url?: string;
  /** Requests per second for every action; default: each action's own limit from the spec, else 20. */
  requestsPerSecond?: number;
  /** Prefix of every key (default `wedata:ratelimit`). */
  prefix?: string;
  /**
   * What the service counts requests against besides the action: the account and the region. Default: the
   * account (the SecretId, hashed) and region of each request, as the client passes them.
   */
  scope?: { account?: string; region?: string };
  /**
   * When Redis is lost mid-run: `"fail-closed"` (default) rejects waiting and new calls with a typed error,
   * so nothing is sent unaccounted; `"local"` falls back to an in-process limiter of `localShare` of the
   * quota. Either way Redis is tried again, and used as soon as it answers.
   */
  onRedisError?: "fail-closed" | "local";
  /** With `onRedisError: "local"`: this process's share of each limit meanwhile (default 0.25). */
  localShare?: number;
  /**
   * How long a permit whose holder died is held before Redis takes it back (default 120 000 ms); stretched
   * per request to outlive the request's timeout, so a running request's permit is never taken back.
   */
  leaseMs?: number;
  /** Longest wait between two attempts for a permit (default 25 ms): releases by other processes are polled. */
  pollMs?: number;
}

/**
 * Redis could not be reached (at start, or with `onRedisError: "fail-closed"`), or the options are unusable.
 * The URL is shown without user name or password; the cause is a copy of Redis's error that keeps only its
 * message (scrubbed) and code, never the client's own error, which can hold an AUTH command's arguments.
 */
export class RedisRateLimiterError extends TencentCloudError {
  override name = "RedisRateLimiterError";
  readonly url: string | undefined;

  constructor(message: string, url: string | undefined, cause?: unknown) {
    super(message, cause === undefined ? {} : { cause });
    this.url = url;
  }
}

/** Redis URLs this package connects to. */
const REDIS_SCHEMES = new Set(["redis:", "rediss:"]);

export interface RedisRateLimiter extends RateLimiter {
  /** Connects (if it made the connection) and checks Redis answers; rejects with RedisRateLimiterError. */
  connect(): Promise<void>;
  /** Whether the last attempt reached Redis. */
  readonly healthy: boolean;
  /** How many scopes (action, account, region) have calls waiting in this process right now. */
  readonly waitingScopes: number;
  /** Closes the connection it made. */
  close(): Promise<void>;
}

interface Waiter {
  resolve(slot: RateLimitSlot): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort?: () => void;
}

const WINDOW_MS = 1000;
const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** The URL, checked before ioredis sees it: its parser's errors quote the whole input, password included. */
function checkedUrl(input: string): string {
  let scheme: string | undefined;
  try {
    const url = new URL(input);
    scheme = url.protocol;
    if (REDIS_SCHEMES.has(scheme) && url.hostname) return input;
  } catch {}
  throw new RedisRateLimiterError(
    `${redactUrl(input)} is not a Redis URL: expected redis://[[user]:password@]host[:port][/db] (or rediss://)${
      scheme && !REDIS_SCHEMES.has(scheme) ? `, got the scheme ${scheme}` : ""
    }`,
    redactUrl(input),
  );
}

const positiveInteger = isRateLimit;

/**
 * A rate limiter shared by every process that uses the same Redis: the same rule as the in-process one (a
 * request holds one of N permits from its start until a window after its response), kept atomically by one
 * Lua script per acquire and per release, timed by Redis's own clock. Keys: `<prefix>:<account hash>:
 * <region>:<action>`, a sorted set of the permits held. Waits honour AbortSignal and are FIFO per process.
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  if (!options.redis && !options.url) throw new TypeError("createRedisRateLimiter: pass `redis` or `url`");
  const url = options.url === undefined ? undefined : redactUrl(options.url);
  if (options.url !== undefined) checkedUrl(options.url);
  // Whatever Redis or ioredis say is scrubbed of the URL's credentials before it is shown.
  const secrets = options.url === undefined ? [] : urlSecrets(options.url);
  const prefix = options.prefix ?? "wedata:ratelimit";
  const leaseMs = options.leaseMs ?? 120_000;
  const pollMs = options.pollMs ?? 25;
  const fixed = options.requestsPerSecond;
  // A limit of 0 would make the Lua script fail on every call; say so once, here.
  if (fixed !== undefined && !positiveInteger(fixed))
    throw new RedisRateLimiterError(
      `requestsPerSecond must be a positive integer (got ${fixed}), at most ${MAX_REQUESTS_PER_SECOND}; to stop calls, do not make them`,
      url,
    );
  for (const [name, value] of [
    ["leaseMs", leaseMs],
    ["pollMs", pollMs],
  ] as const) {
    if (!(Number.isFinite(value) && value > 0))
      throw new RedisRateLimiterError(
        `${name} must be a positive number of milliseconds (got ${value})`,
        url,
      );
  }
  const redisOptions: RedisOptions = {
    lazyConnect: true,
    // Fail fast rather than queue: a rate limiter that waits on a dead store would stall every call.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    commandTimeout: 1_000,
    retryStrategy: () => 500,
  };
  let redis: Redis;
  try {
    redis = options.redis ?? new Redis(options.url as string, redisOptions);
  } catch (cause) {
    throw new RedisRateLimiterError(`cannot use the Redis URL ${url}: ${scrub(cause)}`, url);
  }
  const owned = !options.redis;
  // ioredis reports a lost connection as an event too; the calls' errors say it where it matters. The last
  // one is kept: a refused login shows only there (the command itself fails with "Connection is closed").
  let lastEvent: unknown;
  redis.on("error", (error: unknown) => {
    lastEvent = error;
  });
  let everConnected = false;
  let healthy = false;
  let local: RateLimiter | undefined;
  let slotSequence = 0;
  const processId = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const queues = new Map<string, Waiter[]>();

  const keyOf = (scope: RateLimitScope | undefined) => {
    const account = options.scope?.account ?? scope?.account ?? "default";
    const region = options.scope?.region ?? scope?.region ?? "any";
    return `${prefix}:${hash(account)}:${region}:${scope?.key ?? "any"}`;
  };
  const limitOf = (scope: RateLimitScope | undefined) => fixed ?? scope?.requestsPerSecond ?? 20;
  function scrub(cause: unknown): string {
    return redact(cause instanceof Error ? cause.message : String(cause), secrets);
  }

  // Calls of many scopes may start at once: they share one connection attempt (a second connect() would
  // fail, and a command sent while connecting is refused: there is no offline queue).
  let connecting: Promise<void> | undefined;
  async function ensureConnected(): Promise<void> {
    if (!owned) return;
    if (!connecting && (redis.status === "wait" || redis.status === "end")) {
      connecting = redis.connect().finally(() => {
        connecting = undefined;
      });
    }
    if (connecting) await connecting;
  }

  /** One attempt at a permit in Redis: the slot, or how long to wait before the next attempt. */
  async function attempt(
    key: string,
    scope: RateLimitScope | undefined,
  ): Promise<{ slot?: RateLimitSlot; waitMs: number }> {
    await ensureConnected();
    const id = `${processId}-${++slotSequence}`;
    const limit = limitOf(scope);
    const lease = leaseFor(leaseMs, scope, WINDOW_MS);
    const [granted, waitMs] = (await redis.eval(ACQUIRE, 1, key, limit, WINDOW_MS, lease, id)) as [
      number,
      number,
    ];
    everConnected = true;
    healthy = true;
    if (!granted) return { waitMs: Math.max(1, Math.min(pollMs, waitMs)) };
    let released = false;
    return {
      waitMs: 0,
      slot: {
        release() {
          if (released) return;
          released = true;
          // If Redis is gone the lease frees the permit; nothing else to do.
          redis.eval(RELEASE, 1, key, WINDOW_MS, id).catch(() => {});
        },
      },
    };
  }

  function failure(error: unknown): RedisRateLimiterError {
    const reason = scrub(error);
    // A copy, not ioredis's error: that one can carry the arguments of the command that failed (AUTH's too).
    const cause = Object.assign(new Error(reason), {
      code: (error as { code?: unknown } | null)?.code,
    });
    // Redis answers a wrong password or user with NOAUTH/WRONGPASS: the store is there, the login is wrong.
    const login = [reason, lastEvent === undefined ? "" : scrub(lastEvent)].find((text) =>
      /\b(?:NOAUTH|WRONGPASS)\b|invalid password|invalid username-password/i.test(text),
    );
    if (login !== undefined) {
      return new RedisRateLimiterError(
        `authentication to the rate-limit store at ${url ?? "the given Redis"} failed (check the user name and password): ${login}`,
        url,
        cause,
      );
    }
    return everConnected
      ? new RedisRateLimiterError(
          `the rate-limit store at ${url ?? "the given Redis"} was lost: ${reason}`,
          url,
          cause,
        )
      : new RedisRateLimiterError(
          `cannot reach the rate-limit store at ${url ?? "the given Redis"}: ${reason}`,
          url,
          cause,
        );
  }

  /** Serves one scope's queue in order; one loop per scope at a time. */
  const running = new Set<string>();
  async function pump(key: string, scope: RateLimitScope | undefined): Promise<void> {
    if (running.has(key)) return;
    running.add(key);
    try {
      const queue = queues.get(key) ?? [];
      while (queue.length > 0) {
        const head = queue[0] as Waiter;
        let outcome: { slot?: RateLimitSlot; waitMs: number };
        try {
          outcome = await attempt(key, scope);
        } catch (cause) {
          healthy = false;
          if (!everConnected || options.onRedisError !== "local") {
            // Fail closed: every waiting call ends now, with the typed error.
            for (const waiter of queue.splice(0)) {
              if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
              waiter.reject(failure(cause));
            }
            return;
          }
          // A share of the quota in this process until Redis answers again.
          local ??= createRateLimiter();
          const share = Math.max(1, Math.floor(limitOf(scope) * (options.localShare ?? 0.25)));
          queue.shift();
          if (head.onAbort) head.signal?.removeEventListener("abort", head.onAbort);
          local
            .acquire(head.signal, { ...scope, key, requestsPerSecond: share })
            .then((slot) => head.resolve(slot ?? { release() {} }), head.reject);
          continue;
        }
        if (queue[0] !== head) {
          // The head gave up (aborted) while Redis answered: its permit goes back.
          outcome.slot?.release();
          continue;
        }
        if (outcome.slot) {
          queue.shift();
          if (head.onAbort) head.signal?.removeEventListener("abort", head.onAbort);
          head.resolve(outcome.slot);
          continue;
        }
        await new Promise((resolve) => setTimeout(resolve, outcome.waitMs));
      }
    } finally {
      running.delete(key);
      // Scopes come and go (every action, account and region): an idle one leaves nothing behind.
      if (queues.get(key)?.length === 0) queues.delete(key);
    }
  }

  return {
    requestsPerSecond: fixed ?? 20,
    get healthy() {
      return healthy;
    },
    get waitingScopes() {
      return queues.size;
    },
    async connect() {
      try {
        await ensureConnected();
        await redis.ping();
        everConnected = true;
        healthy = true;
      } catch (cause) {
        throw failure(cause);
      }
    },
    tryAcquire() {
      // Synchronous checks cannot ask Redis; a shared limiter only waits.
      return false;
    },
    acquire(signal, scope) {
      return new Promise<RateLimitSlot>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const limit = limitOf(scope);
        if (!positiveInteger(limit)) {
          return reject(
            new RedisRateLimiterError(
              `the rate limit of ${scope?.key ?? "this call"} must be a positive integer (got ${limit}), at most ${MAX_REQUESTS_PER_SECOND}`,
              url,
            ),
          );
        }
        const key = keyOf(scope);
        let queue = queues.get(key);
        if (!queue) {
          queue = [];
          queues.set(key, queue);
        }
        const waiter: Waiter = { resolve, reject, signal };
        if (signal) {
          waiter.onAbort = () => {
            const list = queues.get(key) ?? [];
            const at = list.indexOf(waiter);
            if (at >= 0) list.splice(at, 1);
            if (list.length === 0 && !running.has(key)) queues.delete(key);
            reject(signal.reason);
          };
          signal.addEventListener("abort", waiter.onAbort, { once: true });
        }
        queue.push(waiter);
        void pump(key, scope);
      });
    },
    async close() {
      if (owned) redis.disconnect();
    },
  };
}
