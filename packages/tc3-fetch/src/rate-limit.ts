/**
 * The limit holds where the service counts: at arrival. A request holds one of N permits from the moment it is
 * handed to the transport until one window after its response (or failure) is seen. Every request that
 * arrives inside a server window [T, T+W] held its permit at the latest grant among them (it was granted
 * before it arrived, and kept the permit until after T+W), so no window ever sees more than N arrivals,
 * whatever the network does in between. The cost: at most N requests per window plus one round trip.
 *
 * Limits are kept per scope (the action, as the service counts them); one limiter object can be shared by
 * many clients, and then so are its windows.
 */
export interface RateLimiter {
  /** The fixed limit of every scope, or the default of scopes that bring their own. */
  readonly requestsPerSecond: number;
  /**
   * Waits (FIFO within a scope) for a permit. Release the returned slot when the response or failure is seen;
   * a slot never released is taken back after the lease. Rejects with the signal's reason when aborted.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: limiters written for the first release resolve to void
  acquire(signal?: AbortSignal, scope?: RateLimitScope): Promise<RateLimitSlot | void>;
  /** Takes a permit if one is free right now and releases it at once (counts a start); never waits. */
  tryAcquire(scope?: RateLimitScope): boolean;
}

/**
 * What a permit is counted against: a key (the action) and, unless the limiter fixes one, its limit. The
 * account (the SecretId: a shared limiter must hash it) and the region complete what the service counts.
 */
export interface RateLimitScope {
  key: string;
  requestsPerSecond?: number | undefined;
  account?: string | undefined;
  region?: string | undefined;
  /**
   * How long the request may run before it times out (0: no limit): a permit's lease never ends before its
   * request could still be running, or a second request would go out under the same permit.
   */
  timeoutMs?: number | undefined;
}

/**
 * The lease of one permit: the configured one, stretched to outlive the request's own timeout and the window
 * after it. Shared limiters (another package) use the same rule.
 */
export function leaseFor(leaseMs: number, scope: RateLimitScope | undefined, windowMs = 1000): number {
  const timeoutMs = scope?.timeoutMs ?? 0;
  return timeoutMs > 0 ? Math.max(leaseMs, timeoutMs + windowMs) : leaseMs;
}

/** A held permit. `release()` starts its window; calling it again does nothing. */
export interface RateLimitSlot {
  release(): void;
}

export interface RateLimitOptions {
  /** Requests per window for every scope; default: each scope's own limit, else 20. */
  requestsPerSecond?: number;
  /** Extra spacing added to the one-second window (default 0 ms): the rule already covers network delay. */
  marginMs?: number;
  /** How long an unreleased permit is held before it is taken back (default 120 000 ms). */
  leaseMs?: number;
  /** Monotonic clock in ms (default performance.now). */
  now?: () => number;
}

interface Scope {
  /**
   * When each permit is free again: release + window; while its request is out, the negated time its lease
   * ends (a negative number is never <= now, so it reads as taken until the lease is converted).
   */
  freeAt: number[];
  queue: Array<() => boolean>;
  timer?: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The highest limit a limiter takes. Tencent Cloud's per-action limits are tens of requests per second; a
 * larger number is a mistake, and a limiter keeps a slot per permit (so a huge one would cost its memory).
 */
export const MAX_REQUESTS_PER_SECOND = 10_000;

/** Whether `limit` is a limit a limiter can keep: a whole number from 1 to MAX_REQUESTS_PER_SECOND. */
export function isRateLimit(limit: unknown): limit is number {
  return Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= MAX_REQUESTS_PER_SECOND;
}

export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const fixed = options.requestsPerSecond;
  const check = (limit: number) => {
    if (!isRateLimit(limit))
      throw new TypeError(
        `rateLimit.requestsPerSecond must be a positive integer (got ${limit}), at most ${MAX_REQUESTS_PER_SECOND}`,
      );
    return limit;
  };
  if (fixed !== undefined) check(fixed);
  const windowMs = 1000 + (options.marginMs ?? 0);
  const leaseMs = options.leaseMs ?? 120_000;
  const now = options.now ?? (() => performance.now());
  const scopes = new Map<string, Scope>();

  const scopeOf = (scope?: RateLimitScope): Scope => {
    const key = scope?.key ?? "";
    let s = scopes.get(key);
    if (!s) {
      s = { freeAt: new Array(check(fixed ?? scope?.requestsPerSecond ?? 20)).fill(0), queue: [] };
      scopes.set(key, s);
    }
    return s;
  };

  /** A free permit's index at `t` (expired leases count as released when they ended), or -1. */
  const free = (s: Scope, t: number) => {
    s.freeAt.forEach((at, i) => {
      if (at < 0 && -at <= t) s.freeAt[i] = -at + windowMs;
    });
    return s.freeAt.findIndex((at) => at >= 0 && at <= t);
  };

  /** Serves waiters in order while permits are free; otherwise wakes when the next one frees by itself. */
  const pump = (s: Scope) => {
    clearTimeout(s.timer);
    s.timer = undefined;
    while (s.queue[0]?.()) s.queue.shift();
    if (s.queue.length > 0) {
      const next = Math.min(...s.freeAt.map((at) => (at < 0 ? -at + windowMs : at)));
      s.timer = setTimeout(() => pump(s), Math.max(1, Math.ceil(next - now())));
    }
  };

  const take = (s: Scope, i: number, t: number, lease: number): RateLimitSlot => {
    s.freeAt[i] = -(t + lease);
    let out = true;
    return {
      release() {
        // A lease that already ran out has handed this permit on: leave it.
        if (out && s.freeAt[i]! < 0) s.freeAt[i] = now() + windowMs;
        out = false;
        pump(s);
      },
    };
  };

  return {
    requestsPerSecond: fixed ?? 20,
    tryAcquire(scope) {
      const s = scopeOf(scope);
      const t = now();
      const i = s.queue.length > 0 ? -1 : free(s, t);
      if (i >= 0) s.freeAt[i] = t + windowMs;
      return i >= 0;
    },
    acquire(signal, scope) {
      return new Promise<RateLimitSlot>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const s = scopeOf(scope);
        const onAbort = () => {
          s.queue = s.queue.filter((w) => w !== attempt);
          if (s.queue.length === 0) {
            clearTimeout(s.timer);
            s.timer = undefined;
          }
          reject(signal?.reason);
        };
        const attempt = () => {
          const t = now();
          const i = free(s, t);
          if (i < 0) return false;
          signal?.removeEventListener("abort", onAbort);
          resolve(take(s, i, t, leaseFor(leaseMs, scope, windowMs)));
          return true;
        };
        if (s.queue.length === 0 && attempt()) return;
        signal?.addEventListener("abort", onAbort, { once: true });
        s.queue.push(attempt);
        if (s.timer === undefined) pump(s);
      });
    },
  };
}

/** How an exchange turns its `rateLimit` option into the limiter it waits for (undefined: none). */
export type LimiterOf = (
  option: RateLimitOptions | RateLimiter | false | undefined,
) => RateLimiter | undefined;

/** The default: a limiter given is used, options make one, nothing makes one with each action's own limit. */
export const limiterOf: LimiterOf = (option) =>
  option === false ? undefined : option && "acquire" in option ? option : createRateLimiter(option);

/**
 * The bare senders': only a limiter given (a bundle that carries no limiter code unless it brings one); nothing
 * means no limit on this side, and the service's `RequestLimitExceeded` is retried with its own backoff.
 */
export const givenLimiterOf: LimiterOf = (option) => {
  if (option === false || option === undefined) return undefined;
  if ("acquire" in option) return option;
  throw new TypeError("rateLimit: pass a limiter here, e.g. createRateLimiter(options)");
};
