/**
 * A sliding-window limiter: at most `requestsPerSecond` starts in ANY window of `windowMs`. A token bucket
 * with burst N and refill N/s lets 2N through in its first second; a window log never does.
 */
export interface RateLimiter {
  readonly requestsPerSecond: number;
  /** Waits (in FIFO order) until a start is allowed, then records it. Rejects with the signal's reason. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Records a start if one is allowed right now; never waits. For servers and mocks that reject. */
  tryAcquire(): boolean;
}

export interface RateLimitOptions {
  /** Default 20 (the GetTaskInstance limit). */
  requestsPerSecond?: number;
  /**
   * Extra spacing added to the one-second window (default 50 ms), so that network jitter between the
   * client's start and the server's arrival can never put N+1 requests into the server's window.
   */
  marginMs?: number;
  /** Monotonic clock in ms (default performance.now). */
  now?: () => number;
}

interface Waiter {
  resolve(): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

export function createRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const limit = options.requestsPerSecond ?? 20;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new TypeError("rateLimit.requestsPerSecond must be a positive integer");
  }
  const windowMs = 1000 + (options.marginMs ?? 50);
  const now = options.now ?? (() => performance.now());
  // Start times of the last `limit` requests, as a ring buffer: the oldest is at `head`.
  const starts = new Float64Array(limit).fill(Number.NEGATIVE_INFINITY);
  let head = 0;
  const queue: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const available = (t: number) => t - starts[head]! >= windowMs;
  const record = (t: number) => {
    starts[head] = t;
    head = (head + 1) % limit;
  };

  function pump(): void {
    timer = undefined;
    while (queue.length > 0) {
      const t = now();
      if (!available(t)) {
        timer = setTimeout(pump, Math.max(1, Math.ceil(starts[head]! + windowMs - t)));
        return;
      }
      const waiter = queue.shift()!;
      if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
      record(t);
      waiter.resolve();
    }
  }

  return {
    requestsPerSecond: limit,
    tryAcquire() {
      const t = now();
      if (queue.length > 0 || !available(t)) return false;
      record(t);
      return true;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (queue.length === 0 && available(now())) {
        record(now());
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
        if (signal) {
          waiter.onAbort = () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(signal.reason);
          };
          signal.addEventListener("abort", waiter.onAbort, { once: true });
        }
        queue.push(waiter);
        if (timer === undefined) pump();
      });
    },
  };
}
