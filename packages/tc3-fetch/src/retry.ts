export interface RetryOptions {
  /** Attempts in all, the first included (default 3). */
  maxAttempts?: number;
  /** Base of the exponential backoff of transient failures (default 100 ms). */
  baseDelayMs?: number;
  /** Base of the backoff after throttling (`RequestLimitExceeded*`, HTTP 429), longer (default 500 ms). */
  throttleBaseDelayMs?: number;
  /** Cap of a single wait (default 5 000 ms). */
  maxDelayMs?: number;
  /**
   * The client-wide retry budget (default 500; `false`: none): a retry costs 5, a retry after a timeout 10, a
   * success gives 1 back. When most attempts fail, retries stop multiplying the load and calls fail fast.
   */
  budget?: number | false;
}

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  throttleBaseDelayMs: number;
  maxDelayMs: number;
  budget: number | false;
}

export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false)
    return { maxAttempts: 1, baseDelayMs: 0, throttleBaseDelayMs: 0, maxDelayMs: 0, budget: false };
  const policy = {
    maxAttempts: 3,
    baseDelayMs: 100,
    throttleBaseDelayMs: 500,
    maxDelayMs: 5_000,
    budget: 500,
    ...options,
  };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new TypeError("retry.maxAttempts must be a positive integer");
  }
  for (const name of ["baseDelayMs", "throttleBaseDelayMs", "maxDelayMs"] as const)
    if (!(policy[name] >= 0)) throw new TypeError(`retry.${name} must be a non-negative number`);
  if (policy.budget !== false && !(policy.budget >= 0))
    throw new TypeError("retry.budget must be a non-negative number or false");
  return policy;
}

/** "Full jitter" backoff: a uniform wait in [0, min(cap, base * 2^(attempt-1))); throttling starts higher. */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
  throttled = false,
): number {
  const base = throttled ? policy.throttleBaseDelayMs : policy.baseDelayMs;
  return Math.floor(random() * Math.min(policy.maxDelayMs, base * 2 ** (attempt - 1)));
}

/** The retry quota of one client (the idea of aws-sdk-js-v3's): retries spend it, successes refill it. */
export interface RetryBudget {
  /** Spends the cost of one retry; false when the budget cannot pay for it. */
  spend(afterTimeout: boolean): boolean;
  /** A success gives a little back, up to the capacity. */
  refill(): void;
  readonly available: number;
}

export function createRetryBudget(capacity: number | false): RetryBudget {
  let available = capacity === false ? Number.POSITIVE_INFINITY : capacity;
  return {
    spend(afterTimeout) {
      const cost = afterTimeout ? 10 : 5;
      if (available < cost) return false;
      available -= cost;
      return true;
    },
    refill() {
      if (capacity !== false) available = Math.min(capacity, available + 1);
    },
    get available() {
      return available;
    },
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
